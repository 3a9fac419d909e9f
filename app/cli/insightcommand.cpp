#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/failure/failureinsight.h"
#include "core/failure/failurejson.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class InsightCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::InsightCommand)
};

/// Reads an optional --from or --to date; false (with a message) when it is not a date.
bool readDate(CliContext& cli, const QCommandLineParser& parser, const QCommandLineOption& option, QDate& date,
              int& exitCode)
{
    if (!parser.isSet(option))
        return true;
    date = timestamps::parseIsoDate(parser.value(option));
    if (date.isValid())
        return true;
    exitCode = cli.failInvalidDate(parser.value(option));
    return false;
}

void printText(CliContext& cli, const FailureCounts& counts)
{
    cli.out() << FailureInsight::summary(counts) << Qt::endl << Qt::endl;
    for (FailureReason reason : FailureSpectrum::reasons()) {
        const auto mean = counts.meanBlame(reason);
        const QString line =
            //: %1 is a label from elsewhere in the interface, already translated; %2 is a number; %3 is a number.
            mean ? InsightCommand::tr("%1: %2 (mean blame felt %3)")
                       .arg(FailureSpectrum::label(reason))
                       .arg(counts.count(reason))
                       .arg(QLocale().toString(*mean, 'f', 1))
                 //: %1 is a label from elsewhere in the interface, already translated; %2 is a number.
                 : InsightCommand::tr("%1: %2").arg(FailureSpectrum::label(reason)).arg(counts.count(reason));
        cli.out() << QStringLiteral("  ") << line << Qt::endl;
    }
    cli.out() << Qt::endl;
    for (FailureType type : FailureSpectrum::types())
        cli.out() << QStringLiteral("  ")
                  //: %1 is a label from elsewhere in the interface, already translated; %2 is a number.
                  << InsightCommand::tr("%1: %2").arg(FailureSpectrum::label(type)).arg(counts.count(type)) << Qt::endl;
}

int runFailures(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InsightCommand::tr("Count the events placed on the failure spectrum, by reason "
                                                        "and by type, with the mean blame felt for each reason."));
    const QCommandLineOption from(QStringLiteral("from"), InsightCommand::tr("The first day to count (YYYY-MM-DD)."),
                                  InsightCommand::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), InsightCommand::tr("The last day to count (YYYY-MM-DD)."),
                                InsightCommand::tr("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), InsightCommand::tr("Print JSON instead of text."));
    parser.addOptions({from, to, json});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(InsightCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    QDate first;
    QDate last;
    if (!readDate(cli, parser, from, first, exitCode) || !readDate(cli, parser, to, last, exitCode))
        return exitCode;
    if (first.isValid() && last.isValid() && last < first)
        return cli.fail(InsightCommand::tr("The period ends before it starts: --to must not be earlier than --from."));

    FailureCounts counts;
    counts.from = first;
    counts.to = last;
    if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
        auto counted = FailureInsight(*journal).counts(first, last);
        if (!counted)
            return cli.fail(counted.error());
        counts = std::move(counted).value();
    }
    if (parser.isSet(json))
        cli.out() << QString::fromUtf8(QJsonDocument(json::fromFailureCounts(counts)).toJson(QJsonDocument::Indented));
    else
        printText(cli, counts);
    return Success;
}

} // namespace

int runInsight(CliContext& cli, const QStringList& arguments)
{
    // `insight` has one view so far: failures.
    if (arguments.size() < 2 || arguments.at(1) != QStringLiteral("failures")) {
        if (arguments.size() >= 2
            && (arguments.at(1) == QStringLiteral("--help") || arguments.at(1) == QStringLiteral("-h"))) {
            cli.out() << InsightCommand::tr("Usage: myfyrio insight failures [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                                            "[--json]")
                      << Qt::endl;
            return Success;
        }
        cli.err() << QStringLiteral("myfyrio: ")
                  << InsightCommand::tr("Say what to look at: myfyrio insight failures [--from YYYY-MM-DD] "
                                        "[--to YYYY-MM-DD] [--json]")
                  << Qt::endl;
        return UsageError;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.constFirst() + QStringLiteral(" failures");
    return runFailures(cli, rest);
}

} // namespace myfyrio::cli
