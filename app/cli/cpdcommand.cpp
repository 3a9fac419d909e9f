// myfyrio cpd: the current CPD cycle's totals against the regulator's requirement.

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/cpd/cpdcatalog.h"
#include "core/cpd/cpdjson.h"
#include "core/cpd/cpdprogress.h"
#include "core/cpd/cpdsettings.h"
#include "core/i18n/translations.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class CpdCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::CpdCommand)
};

void printText(CliContext& cli, const CpdProgress& progress)
{
    const QString language = Translations::current();
    const QLocale locale = Translations::locale(language);
    cli.out() << Regulators::name(progress.regulator(), language) << Qt::endl;
    //: %1 and %2 are the first and last days of the CPD cycle.
    cli.out() << CpdCommand::tr("Cycle: %1 to %2")
                     .arg(locale.toString(progress.cycle().from, QLocale::LongFormat),
                          locale.toString(progress.cycle().to, QLocale::LongFormat))
              << Qt::endl;
    if (!progress.cycle().startSet)
        cli.out() << CpdCommand::tr("Give the day your cycle started with --from, or set it in Preferences.")
                  << Qt::endl;
    //: %1 is a number of hours.
    cli.out()
        << CpdCommand::tr("CPD hours in this cycle: %1").arg(CpdCatalog::hoursText(progress.quarterHours(), language))
        << Qt::endl;
    //: %1 is a number of reflections.
    cli.out() << CpdCommand::tr("Reflections that count as CPD: %1").arg(locale.toString(progress.records()))
              << Qt::endl;
    for (const CpdMeasure& measure : progress.measures())
        cli.out() << QStringLiteral("  ") << CpdProgress::measureLine(measure, language) << Qt::endl;
    const QStringList missing = progress.missing(language);
    if (!missing.isEmpty()) {
        cli.out() << Qt::endl;
        for (const QString& line : missing)
            cli.out() << QStringLiteral("  ") << line << Qt::endl;
    }
    for (const CpdGap& gap : progress.gaps()) {
        //: %1 and %2 are days: a gap between CPD activities.
        cli.out() << QStringLiteral("    ")
                  << CpdCommand::tr("No CPD from %1 to %2")
                         .arg(locale.toString(gap.from, QLocale::ShortFormat),
                              locale.toString(gap.to, QLocale::ShortFormat))
                  << Qt::endl;
    }
}

} // namespace

int runCpd(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CpdCommand::tr("Show the CPD of the current cycle against what your regulator asks for. Private "
                       "reflections count: this is for you."));
    const QCommandLineOption json(QStringLiteral("json"), CpdCommand::tr("Print JSON instead of text."));
    const QCommandLineOption regulator(QStringLiteral("regulator"),
                                       //: %1 is a list of regulator codes.
                                       CpdCommand::tr("The regulator (the one in Preferences if left out): %1.")
                                           .arg(Regulators::codes().join(QStringLiteral(", "))),
                                       CpdCommand::tr("CODE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CpdCommand::tr("The day your cycle started (the one in Preferences if left out)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({json, regulator, from});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(CpdCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    CpdSettings settings = CpdSettings::load();
    if (parser.isSet(regulator)) {
        const auto chosen = Regulators::fromCode(parser.value(regulator).trimmed().toLower());
        if (!chosen || *chosen == Regulator::None)
            //: %1 is what the person typed; %2 is a list of regulator codes.
            return cli.fail(CpdCommand::tr("“%1” is not a regulator Myfyrio knows. Use one of: %2.")
                                .arg(parser.value(regulator), Regulators::codes().join(QStringLiteral(", "))));
        settings.regulator = *chosen;
    }
    if (parser.isSet(from)) {
        settings.cycleStart = timestamps::parseIsoDate(parser.value(from));
        if (!settings.cycleStart.isValid())
            return cli.failInvalidDate(parser.value(from));
    }
    const QDate today = QDate::currentDate();
    const CpdCycle cycle = CpdCycle::current(settings.regulator, settings.cycleStart, today);
    QVector<CpdEntry> entries;
    if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
        auto found = CpdRecordStore(journal->connection()).entries(cycle.from, cycle.to);
        if (!found)
            return cli.fail(found.error());
        entries = std::move(found).value();
    }
    const CpdProgress progress = CpdProgress::compute(settings.regulator, cycle, entries, today);
    if (parser.isSet(json)) {
        cli.out() << QString::fromUtf8(
            QJsonDocument(json::fromProgress(progress, Translations::current())).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (settings.regulator == Regulator::None)
        cli.out() << CpdCommand::tr("No regulator is chosen: give one with --regulator, or choose it in Preferences.")
                  << Qt::endl;
    printText(cli, progress);
    return Success;
}

} // namespace myfyrio::cli
