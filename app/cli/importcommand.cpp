// myfyrio import json FILE: restores or merges a backup.

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/newjournal.h"
#include "core/io/backupimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ImportCommand)
};

/// myfyrio import json FILE. A refused import leaves no file behind: a backup
/// for a journal that does not exist yet is checked before the journal is
/// made, and a journal this command made is removed again if nothing went in.
int importJson(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr(
        "Import a JSON backup. Into an empty journal it restores everything; into one with reflections "
        "it adds what is missing, skips what is already there, and reports records that differ, keeping "
        "the journal's own."));
    parser.addPositionalArgument(QStringLiteral("file"), ImportCommand::tr("The backup file."));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli.fail(ImportCommand::tr("Say which backup file to import."));
    if (positional.size() > 1)
        //: %1 is the argument as it was typed.
        return cli.fail(ImportCommand::tr("Unexpected argument “%1”.").arg(positional.at(1)));
    const QString path = positional.constFirst();
    if (!QFileInfo(path).isFile())
        //: %1 is a file path.
        return cli.fail(ImportCommand::tr("There is no file “%1”.").arg(path));

    NewJournal created(cli.databasePath());
    if (created.isNew()) {
        auto checked = BackupImporter::checkForNewJournal(path);
        if (!checked)
            return cli.fail(checked.error());
    }
    auto journal = cli.openJournal(Database::OpenMode::CreateIfMissing);
    if (!journal)
        return Error;
    created.opened(*journal);
    auto report = BackupImporter(*journal).importFile(path);
    const bool nothing = report && report->added == 0 && !report->skipped.isEmpty();
    if (!report || (created.isNew() && nothing)) {
        created.discard(journal);
        if (!report)
            return cli.fail(report.error());
    }
    QTextStream& out = nothing && created.isNew() ? cli.err() : cli.out();
    //: %1 is a number of records.
    out << ImportCommand::tr("Records added: %1").arg(report->added) << Qt::endl;
    //: %1 is a number of records.
    out << ImportCommand::tr("Records already in the journal: %1").arg(report->unchanged) << Qt::endl;
    if (!report->conflicts.isEmpty()) {
        //: %1 is a number of records.
        out << ImportCommand::tr("Records that differ, kept as the journal has them: %1").arg(report->conflicts.size())
            << Qt::endl;
        for (const QString& conflict : std::as_const(report->conflicts))
            out << QStringLiteral("  ") << conflict << Qt::endl;
    }
    if (!report->skipped.isEmpty()) {
        //: %1 is how many records were left out.
        out << ImportCommand::tr("Records left out: %1").arg(report->skipped.size()) << Qt::endl;
        for (const QString& skipped : std::as_const(report->skipped))
            out << QStringLiteral("  ") << skipped << Qt::endl;
    }
    if (report->leftOutWith > 0)
        //: %1 is how many records were left out with the record they belong to.
        out << ImportCommand::tr("Records left out with the record they belong to: %1").arg(report->leftOutWith)
            << Qt::endl;
    if (nothing && created.isNew())
        //: %1 is the backup file's name.
        return cli.fail(ImportCommand::tr("Nothing in “%1” could be imported, so no journal was made.")
                            .arg(QDir::toNativeSeparators(path)));
    return Success;
}

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
    return importJson(cli, rest);
}

} // namespace myfyrio::cli
