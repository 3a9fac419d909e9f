#include "app/cli/cardsummarycommand.h"

#include "app/cli/clicontext.h"
#include "core/journal/systemscale.h"
#include "core/learning/cardfolderreader.h"
#include "core/learning/teamsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class CardSummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::CardSummaryCommand)
};

bool readMonth(CliContext& cli, const QCommandLineParser& parser, const QCommandLineOption& option, QDate& month,
               int& exitCode)
{
    if (!parser.isSet(option))
        return true;
    month = CardFormat::monthFromText(parser.value(option));
    if (month.isValid())
        return true;
    //: %1 is what was typed.
    exitCode = cli.fail(CardSummaryCommand::tr("“%1” is not a month of the form YYYY-MM.").arg(parser.value(option)));
    return false;
}

QString scaleLabel(const QString& key)
{
    return key == CardFilter::noScale() ? CardSummaryCommand::tr("No scale given") : SystemScale::label(key);
}

void printText(CliContext& cli, const CardCollection& collection, const TeamPattern& pattern)
{
    QTextStream& out = cli.out();
    const QLocale locale;
    const QString indent = QStringLiteral("  ");
    //: %1 is a number of cards.
    out << CardSummaryCommand::tr("Learning cards: %1").arg(locale.toString(pattern.cards)) << Qt::endl;
    //: %1 is a number of files.
    out << indent << CardSummaryCommand::tr("Withdrawn: %1").arg(locale.toString(collection.withdrawn)) << Qt::endl;
    //: %1 is a number of files.
    out << indent << CardSummaryCommand::tr("Left out as malformed: %1").arg(locale.toString(collection.malformed))
        << Qt::endl;
    if (collection.conflicting > 0)
        //: %1 is a number of cards.
        out << indent
            << CardSummaryCommand::tr("Left out because copies with the same id differ: %1")
                   .arg(locale.toString(collection.conflicting))
            << Qt::endl;
    for (const QString& folder : collection.unreadableFolders)
        //: %1 is the path of a folder.
        out << indent << CardSummaryCommand::tr("Could not be read: %1").arg(folder) << Qt::endl;
    out << Qt::endl << CardSummaryCommand::tr("By reason for failure, from blameworthy to praiseworthy:") << Qt::endl;
    for (FailureReason reason : FailureSpectrum::reasons())
        //: %1 is a reason or a type of failure, %2 a number of cards.
        out << indent
            << CardSummaryCommand::tr("%1: %2").arg(FailureSpectrum::label(reason),
                                                    locale.toString(pattern.failures.count(reason)))
            << Qt::endl;
    //: %1 is a number of cards.
    out << indent << CardSummaryCommand::tr("Not placed on the spectrum: %1").arg(locale.toString(pattern.unplaced))
        << Qt::endl;
    out << Qt::endl << CardSummaryCommand::tr("By type of failure:") << Qt::endl;
    for (FailureType type : FailureSpectrum::types())
        //: %1 is a reason or a type of failure, %2 a number of cards.
        out << indent
            << CardSummaryCommand::tr("%1: %2").arg(FailureSpectrum::label(type),
                                                    locale.toString(pattern.failures.count(type)))
            << Qt::endl;
    out << Qt::endl << CardSummaryCommand::tr("Praiseworthy failures, apart from blameworthy ones:") << Qt::endl;
    for (SpectrumRegion region : TeamSummary::regions())
        //: %1 is a reason or a type of failure, %2 a number of cards.
        out << indent
            << CardSummaryCommand::tr("%1: %2").arg(TeamSummary::label(region), locale.toString(pattern.count(region)))
            << Qt::endl;
    out << Qt::endl << CardSummaryCommand::tr("By system scale:") << Qt::endl;
    for (const QString& key : TeamSummary::scaleKeys())
        //: %1 is a reason or a type of failure, %2 a number of cards.
        out << indent
            << CardSummaryCommand::tr("%1: %2").arg(scaleLabel(key), locale.toString(pattern.byScale.value(key)))
            << Qt::endl;
    out << Qt::endl << CardSummaryCommand::tr("The most frequent enabling questions, by scale:") << Qt::endl;
    bool any = false;
    for (const QString& key : TeamSummary::scaleKeys()) {
        const QVector<QuestionCount> questions = pattern.enablingByScale.value(key);
        if (questions.isEmpty())
            continue;
        any = true;
        out << indent << scaleLabel(key) << Qt::endl;
        for (int i = 0; i < questions.size() && i < 5; ++i)
            //: %1 is a number of cards, %2 an enabling question.
            out << indent << indent
                << CardSummaryCommand::tr("%1 × %2").arg(locale.toString(questions.at(i).count), questions.at(i).text)
                << Qt::endl;
    }
    if (!any)
        out << indent << CardSummaryCommand::tr("No card asks an enabling question.") << Qt::endl;
}

} // namespace

int runCardsSummary(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CardSummaryCommand::tr(
        "Read every learning card in the folders (never writing to them) and show the team's pattern: reasons and "
        "types of failure, praiseworthy failures apart from blameworthy ones, system scales and the most frequent "
        "enabling questions. Malformed files are left out and counted; withdrawn cards are left out."));
    parser.addPositionalArgument(QStringLiteral("dir"), CardSummaryCommand::tr("A card folder (give one or more)."),
                                 QStringLiteral("DIR [DIR]..."));
    const QCommandLineOption json(QStringLiteral("json"), CardSummaryCommand::tr("Print JSON instead of text."));
    const QCommandLineOption from(QStringLiteral("from"), CardSummaryCommand::tr("The first month to count (YYYY-MM)."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), CardSummaryCommand::tr("The last month to count (YYYY-MM)."),
                                QStringLiteral("YYYY-MM"));
    parser.addOptions({json, from, to});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList folders = parser.positionalArguments();
    if (folders.isEmpty())
        return cli.fail(CardSummaryCommand::tr("Say which card folders to read: myfyrio cards summary DIR [DIR]..."));
    CardFilter filter;
    if (!readMonth(cli, parser, from, filter.from, exitCode) || !readMonth(cli, parser, to, filter.to, exitCode))
        return exitCode;
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return cli.fail(
            CardSummaryCommand::tr("The period ends before it starts: --to must not be earlier than --from."));

    const CardCollection collection = CardFolderReader::read(folders);
    if (collection.unreadableFolders.size() == folders.size())
        //: %1 is the path of a folder.
        return cli.fail(CardSummaryCommand::tr("The folder “%1” could not be read.").arg(folders.constFirst()));
    const TeamPattern pattern = TeamSummary::summarise(collection.cards, filter);
    if (parser.isSet(json))
        cli.out() << QString::fromUtf8(
            QJsonDocument(TeamSummary::toJson(collection, pattern)).toJson(QJsonDocument::Indented));
    else
        printText(cli, collection, pattern);
    return Success;
}

} // namespace myfyrio::cli
