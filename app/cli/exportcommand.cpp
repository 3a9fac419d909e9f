// myfyrio export pdf|json|markdown: reports and backups in open formats.

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/guardoptions.h"
#include "core/cpd/regulator.h"
#include "core/i18n/translations.h"
#include "core/io/backupexporter.h"
#include "core/io/markdownexporter.h"
#include "core/io/savedfile.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportguard.h"
#include "core/report/reportpainter.h"
#include "core/search/searchquery.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ExportCommand)
};

QCommandLineOption outputOption(const QString& what)
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, what,
                              ExportCommand::tr("PATH"));
}

QCommandLineOption overwriteOption()
{
    return QCommandLineOption(QStringLiteral("overwrite"), ExportCommand::tr("Replace files that already exist."));
}

/// The output file: given, in a folder that exists, and not replaced unless asked.
bool checkOutputFile(CliContext& cli, const QString& path, bool overwrite, int& exitCode)
{
    if (path.isEmpty()) {
        exitCode = cli.fail(ExportCommand::tr("Say where to write the file with --output FILE."));
        return false;
    }
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        exitCode = cli.fail(
            //: %1 is a file name or folder.
            ExportCommand::tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    // A symbolic link at the target is never written through, even with --overwrite.
    if (auto allowed = SavedFile::check(path); !allowed) {
        exitCode = cli.fail(allowed.error());
        return false;
    }
    if (info.exists() && (!overwrite || info.isDir())) {
        exitCode =
            //: %1 is a file name or folder.
            cli.fail(ExportCommand::tr("“%1” already exists. Choose another name, or add --overwrite to replace it.")
                         .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool parseDate(CliContext& cli, const QCommandLineParser& parser, const QCommandLineOption& option, QDate& date,
               int& exitCode)
{
    if (!parser.isSet(option))
        return true;
    date = timestamps::parseIsoDate(parser.value(option));
    if (!date.isValid()) {
        exitCode = cli.failInvalidDate(parser.value(option));
        return false;
    }
    return true;
}

int exportPdf(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Write a report as a PDF. Reflections not marked to bring to supervision "
                          "are left out unless --include-private is given."));
    const QCommandLineOption output = outputOption(ExportCommand::tr("The PDF file to write."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  //: %1 is a list of the codes that can be used.
                                  ExportCommand::tr("The kind of report: %1 (portfolio if left out).")
                                      .arg(ReportOptions::kindCodes().join(QStringLiteral(", "))),
                                  ExportCommand::tr("KIND"), QStringLiteral("portfolio"));
    const QCommandLineOption id(QStringLiteral("id"),
                                ExportCommand::tr("The reflection, agreement or session to report on."),
                                QStringLiteral("ID"));
    const QCommandLineOption from(
        QStringLiteral("from"), ExportCommand::tr("Only reflections dated on or after this day."), cli.dateValueName());
    const QCommandLineOption to(
        QStringLiteral("to"), ExportCommand::tr("Only reflections dated on or before this day."), cli.dateValueName());
    const QCommandLineOption tag(QStringLiteral("tag"), ExportCommand::tr("Only reflections with this tag."),
                                 ExportCommand::tr("TAG"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        ExportCommand::tr("Only reflections that match this search, written as for “myfyrio search”."),
        ExportCommand::tr("QUERY"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   ExportCommand::tr("Only reflections that follow this model."),
                                   ExportCommand::tr("CODE"));
    const QCommandLineOption failureType(
        QStringLiteral("failure-type"),
        ExportCommand::tr("Only events of this type of failure: basic, complex or intelligent."),
        ExportCommand::tr("TYPE"));
    const QCommandLineOption year(QStringLiteral("year"), ExportCommand::tr("The year of an annual review pack."),
                                  //: How a year is written on the command line: four digits.
                                  ExportCommand::tr("YYYY"));
    const QCommandLineOption language(QStringLiteral("report-language"),
                                      ExportCommand::tr("The report's language: en, cy, or both (Welsh first). "
                                                        "The interface language if left out."),
                                      QStringLiteral("en|cy|both"), Translations::current());
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   ExportCommand::tr("The paper size: a4 (the default) or letter."),
                                   QStringLiteral("a4|letter"), QStringLiteral("a4"));
    const QCommandLineOption owner(QStringLiteral("owner"), ExportCommand::tr("The name to print on the report."),
                                   ExportCommand::tr("NAME"));
    const QCommandLineOption includePrivate(
        QStringLiteral("include-private"),
        ExportCommand::tr("Include private reflections: a copy for yourself, not for sharing."));
    const QCommandLineOption overwrite = overwriteOption();
    parser.addOptions({output, kind, id, from, to, tag, search, model, failureType, year, language, paper, owner,
                       includePrivate, overwrite});
    const QCommandLineOption regulator(
        QStringLiteral("regulator"),
        ExportCommand::tr("For scw-log: the role (scw-social-worker, scw-manager, scw-care-worker); the one in "
                          "Preferences if left out."),
        ExportCommand::tr("CODE"));
    parser.addOption(regulator);
    const GuardOptions guard;
    parser.addOptions(guard.options());
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    ReportOptions options;
    const auto chosenKind = ReportOptions::kindFromCode(parser.value(kind));
    if (!chosenKind)
        //: %1 is what the person typed; %2 is a list of the codes that can be used.
        return cli.fail(ExportCommand::tr("“%1” is not a kind of report. Use one of: %2.")
                            .arg(parser.value(kind), ReportOptions::kindCodes().join(QStringLiteral(", "))));
    if (!ReportBuilder::availableKinds().contains(*chosenKind))
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("Reports of the kind “%1” cannot be made by this version of Myfyrio yet.")
                            .arg(parser.value(kind)));
    options.kind = *chosenKind;
    options.language = parser.value(language);
    if (!ReportOptions::languageCodes().contains(options.language))
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("“%1” is not a report language. Use en, cy or both.").arg(options.language));
    const QString paperCode = parser.value(paper).toLower();
    if (paperCode != QLatin1String("a4") && paperCode != QLatin1String("letter"))
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("“%1” is not a paper size. Use a4 or letter.").arg(parser.value(paper)));
    options.paper = paperCode == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    if (!parseDate(cli, parser, from, options.filter.from, exitCode)
        || !parseDate(cli, parser, to, options.filter.to, exitCode))
        return exitCode;
    if (options.filter.from.isValid() && options.filter.to.isValid() && options.filter.from > options.filter.to)
        return cli.fail(ExportCommand::tr("The --from day comes after the --to day."));
    if (parser.isSet(year)) {
        bool ok = false;
        options.year = parser.value(year).toInt(&ok);
        if (!ok || options.year < 1900 || options.year > 9999)
            return cli.fail(
                //: %1 is what the person typed.
                ExportCommand::tr("“%1” is not a year. Use four digits, for example 2024.").arg(parser.value(year)));
    } else {
        options.year = QDate::currentDate().year();
    }
    if (const QString problem = guard.check(parser); !problem.isEmpty())
        return cli.fail(problem);
    options.regulator = parser.value(regulator).trimmed().toLower();
    if (!options.regulator.isEmpty() && !Regulators::fromCode(options.regulator))
        //: %1 is what the person typed; %2 is a list of regulator codes.
        return cli.fail(ExportCommand::tr("“%1” is not a regulator Myfyrio knows. Use one of: %2.")
                            .arg(parser.value(regulator), Regulators::codes().join(QStringLiteral(", "))));
    const bool needsId = ReportOptions::needsReflection(options.kind) || options.kind == ReportKind::Session;
    if (needsId && parser.value(id).isEmpty())
        return cli.fail(ExportCommand::tr("Say which one to report on with --id ID."));
    options.id = parser.value(id);
    options.filter.tag = parser.value(tag);
    options.filter.text = parser.value(search);
    if (const SearchQuery query = SearchQuery::parse(options.filter.text); !query.problems().isEmpty())
        return cli.fail(query.problems().join(QLatin1Char('\n')));
    options.filter.failureType = parser.value(failureType);
    if (!options.filter.failureType.isEmpty() && options.filter.failureType != QLatin1String("basic")
        && options.filter.failureType != QLatin1String("complex")
        && options.filter.failureType != QLatin1String("intelligent"))
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("“%1” is not a type of failure. Use basic, complex or intelligent.")
                            .arg(options.filter.failureType));
    options.model = parser.value(model);
    options.ownerName = parser.value(owner);
    options.includePrivate = parser.isSet(includePrivate);
    const QString path = parser.value(output);
    if (!checkOutputFile(cli, path, parser.isSet(overwrite), exitCode))
        return exitCode;

    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto content = ReportBuilder(*journal).build(options);
    if (!content)
        return cli.fail(content.error());
    // What is meant to be shared is checked for what could identify someone first.
    if (ReportGuard::applies(options) && !guard.apply(parser, cli, *content, exitCode))
        return exitCode;
    if (auto written = ReportPainter::writePdf(*content, path); !written)
        return cli.fail(written.error());
    if (options.includePrivate)
        cli.err() << ExportCommand::tr("This report includes private reflections: keep it for yourself.") << Qt::endl;
    return Success;
}

int exportJson(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Write the whole journal as one JSON file, to keep as a backup or to "
                          "import into another journal."));
    const QCommandLineOption output = outputOption(ExportCommand::tr("The JSON file to write."));
    const QCommandLineOption overwrite = overwriteOption();
    parser.addOptions({output, overwrite});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    if (!checkOutputFile(cli, parser.value(output), parser.isSet(overwrite), exitCode))
        return exitCode;
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    if (auto written = BackupExporter(*journal).write(parser.value(output)); !written)
        return cli.fail(written.error());
    return Success;
}

int exportMarkdown(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Write every reflection as a Markdown file of its own into a folder."));
    const QCommandLineOption output = outputOption(ExportCommand::tr("The folder to write the files into."));
    const QCommandLineOption overwrite = overwriteOption();
    parser.addOptions({output, overwrite});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(ExportCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    const QString folder = parser.value(output);
    if (folder.isEmpty())
        return cli.fail(ExportCommand::tr("Say which folder to write into with --output FOLDER."));
    if (QFileInfo::exists(folder) && !QFileInfo(folder).isDir())
        //: %1 is a file name or folder.
        return cli.fail(ExportCommand::tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(folder)));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto written = MarkdownExporter(*journal).write(folder, parser.isSet(overwrite));
    if (!written)
        return cli.fail(written.error());
    //: %1 is a number of files.
    cli.out() << ExportCommand::tr("Files written: %1").arg(*written) << Qt::endl;
    return Success;
}

} // namespace

bool commandPaints(const QStringList& arguments)
{
    // myfyrio [--database PATH | -d PATH | --database=PATH] export pdf …, or cards summary … --pdf FILE
    QStringList words;
    for (int i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--database") || argument == QLatin1String("-d"))
            ++i;
        else if (!argument.startsWith(QLatin1Char('-')))
            words << argument;
    }
    if (words == QStringList{QStringLiteral("cards"), QStringLiteral("summary")}) {
        // myfyrio cards summary DIR… --pdf FILE
        for (const QString& argument : arguments) {
            if (argument == QLatin1String("--pdf") || argument.startsWith(QLatin1String("--pdf=")))
                return true;
        }
    }
    return words == QStringList{QStringLiteral("export"), QStringLiteral("pdf")};
}

int runExport(CliContext& cli, const QStringList& arguments)
{
    const QString format = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments.constFirst() + QLatin1Char(' ') + format;
    if (format == QLatin1String("pdf"))
        return exportPdf(cli, rest);
    if (format == QLatin1String("json"))
        return exportJson(cli, rest);
    if (format == QLatin1String("markdown"))
        return exportMarkdown(cli, rest);
    if (format == QLatin1String("--help") || format == QLatin1String("-h") || format.isEmpty()) {
        cli.out() << ExportCommand::tr("Usage: myfyrio export pdf|json|markdown --output PATH [options]") << Qt::endl
                  << ExportCommand::tr("Run “myfyrio export pdf --help” to see the options of a format.") << Qt::endl;
        return format.isEmpty() ? UsageError : Success;
    }
    //: %1 is what the person typed.
    return cli.fail(ExportCommand::tr("“%1” is not a format Myfyrio exports. Use pdf, json or markdown.").arg(format));
}

} // namespace myfyrio::cli
