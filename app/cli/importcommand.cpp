// myfyrio import json FILE: restores or merges a backup.

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/io/backupimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ImportCommand)
};

} // namespace

int runImport(CliContext& cli, const QStringList& arguments)
{
    if (isImportSource(arguments.value(1)))
        return runImportSource(cli, arguments);
    if (arguments.value(1) != QLatin1String("json")) {
        if (arguments.value(1) == QLatin1String("--help") || arguments.value(1) == QLatin1String("-h")) {
            cli.out() << ImportCommand::tr("Usage: myfyrio import json FILE") << Qt::endl;
            return Success;
        }
        return cli.fail(ImportCommand::tr("Say what to import, for example: myfyrio import json backup.json"));
    }
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.constFirst() + QStringLiteral(" json");
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr(
        "Import a JSON backup. Into an empty journal it restores everything; into one with reflections "
        "it adds what is missing, skips what is already there, and reports records that differ, keeping "
        "the journal's own."));
    parser.addPositionalArgument(QStringLiteral("file"), ImportCommand::tr("The backup file."));
    int exitCode = Success;
    if (!cli.parse(parser, rest, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli.fail(ImportCommand::tr("Say which backup file to import."));
    if (positional.size() > 1)
        return cli.fail(ImportCommand::tr("Unexpected argument “%1”.").arg(positional.at(1)));
    if (!QFileInfo(positional.constFirst()).isFile())
        return cli.fail(ImportCommand::tr("There is no file “%1”.").arg(positional.constFirst()));

    auto journal = cli.openJournal(Database::OpenMode::CreateIfMissing);
    if (!journal)
        return Error;
    auto report = BackupImporter(*journal).importFile(positional.constFirst());
    if (!report)
        return cli.fail(report.error());
    cli.out() << ImportCommand::tr("Records added: %1").arg(report->added) << Qt::endl
              << ImportCommand::tr("Records already in the journal: %1").arg(report->unchanged) << Qt::endl;
    if (!report->conflicts.isEmpty()) {
        cli.out()
            << ImportCommand::tr("Records that differ, kept as the journal has them: %1").arg(report->conflicts.size())
            << Qt::endl;
        for (const QString& conflict : std::as_const(report->conflicts))
            cli.out() << QStringLiteral("  ") << conflict << Qt::endl;
    }
    return Success;
}

} // namespace myfyrio::cli
