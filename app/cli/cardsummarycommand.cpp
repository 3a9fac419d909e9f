#include "app/cli/cardsummarycommand.h"

#include "app/cli/clicontext.h"
#include "core/io/savedfile.h"
#include "core/journal/systemscale.h"
#include "core/learning/cardfolderreader.h"
#include "core/learning/teamsummary.h"
#include "core/report/reportoptions.h"
#include "core/report/reportpainter.h"
#include "core/report/teamlearningreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

/// The PDF's path: in a folder that exists, never a symbolic link, and not replaced unless asked.
bool checkPdfPath(CliContext& cli, const QString& path, bool overwrite, int& exitCode)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        //: %1 is the path of a folder.
        exitCode = cli.fail(CardSummaryCommand::tr("The folder “%1” does not exist.")
                                .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (auto allowed = SavedFile::check(path); !allowed) {
        exitCode = cli.fail(allowed.error());
        return false;
    }
    if (info.exists() && (!overwrite || info.isDir())) {
        //: %1 is the path of a file.
        exitCode = cli.fail(
            CardSummaryCommand::tr("“%1” already exists. Choose another name, or add --overwrite to replace it.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
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
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 CardSummaryCommand::tr("Write the Team learning summary to this PDF file instead."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("report-language"),
                                      CardSummaryCommand::tr("The PDF's language: en, cy, or both (Welsh first)."),
                                      QStringLiteral("en|cy|both"), QStringLiteral("en"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  CardSummaryCommand::tr("The team's name, printed under the PDF's title."),
                                  CardSummaryCommand::tr("NAME"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       CardSummaryCommand::tr("Replace the PDF file if it already exists."));
    parser.addOptions({json, from, to, pdf, language, team, overwrite});
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

    if (parser.isSet(pdf)) {
        if (parser.isSet(json))
            return cli.fail(CardSummaryCommand::tr("Give --json or --pdf, not both."));
        if (!ReportOptions::languageCodes().contains(parser.value(language)))
            //: %1 is what was typed.
            return cli.fail(CardSummaryCommand::tr("“%1” is not a report language. Use en, cy or both.")
                                .arg(parser.value(language)));
        if (!checkPdfPath(cli, parser.value(pdf), parser.isSet(overwrite), exitCode))
            return exitCode;
    }

    const CardCollection collection = CardFolderReader::read(folders);
    if (collection.unreadableFolders.size() == folders.size())
        //: %1 is the path of a folder.
        return cli.fail(CardSummaryCommand::tr("The folder “%1” could not be read.").arg(folders.constFirst()));
    if (parser.isSet(pdf)) {
        TeamLearningReport::Options options;
        options.language = parser.value(language);
        options.filter = filter;
        options.teamName = parser.value(team).simplified();
        const QString path = parser.value(pdf);
        if (auto written = ReportPainter::writePdf(TeamLearningReport::build(collection, options), path); !written)
            return cli.fail(written.error());
        //: %1 is the path of the PDF file written.
        cli.out() << CardSummaryCommand::tr("Written: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Success;
    }
    const TeamPattern pattern = TeamSummary::summarise(collection.cards, filter);
    if (parser.isSet(json))
        cli.out() << QString::fromUtf8(
            QJsonDocument(TeamSummary::toJson(collection, pattern)).toJson(QJsonDocument::Indented));
    else
        printText(cli, collection, pattern);
    return Success;
}

} // namespace myfyrio::cli
