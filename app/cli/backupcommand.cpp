// myfyrio backup create | list [--json] | verify [BACKUP] | restore BACKUP [--yes]

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/subcommands.h"
#include "core/backup/backupcatalog.h"
#include "core/backup/backupservice.h"
#include "core/backup/journalrescue.h"
#include "core/storage/journallock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::BackupCommand)
};

QString when(const QDateTime& created)
{
    return QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
}

bool noPositional(CliContext& cli, const QCommandLineParser& parser, int& exitCode)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    //: %1 is what the person typed.
    exitCode = cli.fail(BackupCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    return false;
}

int backupCreate(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BackupCommand::tr("Make a backup of the journal now, in the backups folder beside it."));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode) || !noPositional(cli, parser, exitCode))
        return exitCode;
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto made = journal->backups().backupNow(BackupReason::Manual);
    if (!made)
        return cli.fail(made.error());
    //: %1 is the path of the backup file that was made.
    cli.out() << BackupCommand::tr("Backup made: %1").arg(QDir::toNativeSeparators(made->path)) << Qt::endl;
    return Success;
}

QJsonObject toJson(const BackupInfo& backup)
{
    return QJsonObject{
        {QStringLiteral("file"), backup.fileName},
        {QStringLiteral("path"), backup.path},
        {QStringLiteral("created"), backup.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), BackupName::code(backup.reason)},
        {QStringLiteral("reflections"), backup.reflections},
        {QStringLiteral("agreements"), backup.agreements},
        {QStringLiteral("newestEntry"),
         backup.newestEntry.isValid() ? QJsonValue(backup.newestEntry.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("bytes"), backup.bytes},
        {QStringLiteral("ok"), backup.ok},
        {QStringLiteral("problem"), backup.ok ? QJsonValue() : QJsonValue(backup.problem)},
    };
}

void printBackup(CliContext& cli, const BackupInfo& backup)
{
    const QLocale locale;
    cli.out() << backup.fileName << Qt::endl;
    //: Details of one backup; %1 is when it was made, %2 why, %3 its size.
    cli.out() << QStringLiteral("  ")
              << BackupCommand::tr("Made: %1 (%2). Size: %3.")
                     .arg(when(backup.created), BackupReasons::describe(backup.reason),
                          locale.formattedDataSize(backup.bytes))
              << Qt::endl;
    if (backup.ok) {
        const QString newest = backup.newestEntry.isValid() ? locale.toString(backup.newestEntry, QLocale::ShortFormat)
                                                            : BackupCommand::tr("none");
        //: %L1 and %L2 are numbers; %3 is the date of the newest reflection.
        cli.out() << QStringLiteral("  ")
                  << BackupCommand::tr("Reflections: %L1. Agreements: %L2. Newest entry: %3.")
                         .arg(backup.reflections)
                         .arg(backup.agreements)
                         .arg(newest)
                  << Qt::endl;
    } else {
        cli.out() << QStringLiteral("  ") << backup.problem << Qt::endl;
    }
}

int backupList(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupCommand::tr(
        "List the backups of the journal, newest first, with what each holds and whether it passes its check."));
    const QCommandLineOption json(QStringLiteral("json"), BackupCommand::tr("Print JSON instead of text."));
    parser.addOption(json);
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode) || !noPositional(cli, parser, exitCode))
        return exitCode;
    const QVector<BackupInfo> backups = BackupCatalog::list(cli.databasePath(), BackupCatalog::Depth::Contents);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const BackupInfo& backup : backups)
            array.append(toJson(backup));
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (backups.isEmpty()) {
        //: %1 is the folder where backups are kept.
        cli.out() << BackupCommand::tr("There are no backups of this journal yet. They are kept in “%1”.")
                         .arg(QDir::toNativeSeparators(BackupName::folderFor(cli.databasePath())))
                  << Qt::endl;
        return Success;
    }
    for (const BackupInfo& backup : backups)
        printBackup(cli, backup);
    return Success;
}

int backupVerify(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BackupCommand::tr("Check every backup of the journal (or the one named) with SQLite's full integrity check."));
    parser.addPositionalArgument(QStringLiteral("backup"),
                                 BackupCommand::tr("A file name from “myfyrio backup list”, or a path."),
                                 QStringLiteral("[BACKUP]"));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QVector<BackupInfo> backups;
    if (parser.positionalArguments().size() > 1)
        //: %1 is what the person typed.
        return cli.fail(BackupCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(1)));
    if (parser.positionalArguments().size() == 1) {
        auto found = BackupCatalog::resolve(cli.databasePath(), parser.positionalArguments().constFirst());
        if (!found)
            return cli.fail(found.error());
        backups.append(*found);
    } else {
        backups = BackupCatalog::list(cli.databasePath(), BackupCatalog::Depth::Names);
    }
    if (backups.isEmpty()) {
        cli.out() << BackupCommand::tr("There are no backups of this journal yet.") << Qt::endl;
        return Success;
    }
    int failed = 0;
    const QString folder = QFileInfo(BackupName::folderFor(cli.databasePath())).absoluteFilePath();
    for (const BackupInfo& backup : std::as_const(backups)) {
        const bool ours = QFileInfo(backup.path).absolutePath() == folder;
        const BackupInfo checked = BackupCatalog::read(backup.path, BackupCatalog::Depth::Verified, ours);
        //: %1 is a backup's file name.
        const QString line = checked.ok ? BackupCommand::tr("%1: passes its check.").arg(backup.fileName)
                                        : QStringLiteral("%1: %2").arg(backup.fileName, checked.problem);
        (checked.ok ? cli.out() : cli.err()) << line << Qt::endl;
        failed += checked.ok ? 0 : 1;
    }
    return failed == 0 ? Success : Error;
}

bool confirmed(CliContext& cli, const BackupInfo& backup)
{
    //: %1 is when the backup was made. The answer is read as yes for y, yes, i or ie.
    cli.out() << BackupCommand::tr("Replace the journal with the backup made %1? The journal as it is now is kept "
                                   "first. [y/N] ")
                     .arg(when(backup.created));
    cli.out().flush();
    const QString answer = cli.in().readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QLatin1String("i")
           || answer == QLatin1String("ie");
}

int backupRestore(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupCommand::tr(
        "Replace the journal with a backup. The journal as it is now is backed up first (or, when it is "
        "damaged, kept beside it under a new name), so nothing is lost."));
    parser.addPositionalArgument(QStringLiteral("backup"),
                                 BackupCommand::tr("A file name from “myfyrio backup list”, or a path."),
                                 QStringLiteral("BACKUP"));
    const QCommandLineOption yes(QStringLiteral("yes"), BackupCommand::tr("Restore without asking first."));
    parser.addOption(yes);
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli.fail(BackupCommand::tr("Say which backup to restore (see “myfyrio backup list”)."));
    if (positional.size() > 1)
        //: %1 is what the person typed.
        return cli.fail(BackupCommand::tr("Unexpected argument “%1”.").arg(positional.at(1)));
    auto found = BackupCatalog::resolve(cli.databasePath(), positional.constFirst());
    if (!found)
        return cli.fail(found.error());
    if (QFileInfo(found->path).canonicalFilePath() == JournalLock::canonicalPath(cli.databasePath()))
        return cli.fail(BackupCommand::tr("That is the journal itself, not a backup of it."));

    // The app must not have the journal open: its window would go on writing to the old file.
    JournalLock lock(cli.databasePath());
    if (lock.tryLock() == JournalLock::State::HeldElsewhere)
        return cli.fail(BackupCommand::tr("The journal is open in Myfyrio. Restore the backup there (File ▸ "
                                          "Restore from Backup…), or close Myfyrio and try again."));
    if (!parser.isSet(yes)) {
        if (!cli.inputIsTerminal())
            return cli.fail(BackupCommand::tr("Add --yes to restore without being asked."));
        if (!confirmed(cli, *found))
            return cli.fail(BackupCommand::tr("Nothing was restored."));
    }

    if (!QFileInfo::exists(cli.databasePath())) {
        auto restored = JournalRescue::restoreOver(cli.databasePath(), found->path, QDateTime::currentDateTimeUtc());
        if (!restored)
            return cli.fail(restored.error());
    } else {
        OpenProblem problem;
        Database::Options options;
        options.mode = Database::OpenMode::ExistingOnly;
        auto journal = Database::open(cli.databasePath(), options, &problem);
        if (journal) {
            auto restored = (*journal)->backups().restore(found->path);
            if (!restored)
                return cli.fail(restored.error());
            //: %1 is the file name of the backup made just before the restore.
            cli.out() << BackupCommand::tr("The journal as it was is kept in the backup “%1”.").arg(restored->fileName)
                      << Qt::endl;
        } else if (problem.kind == JournalProblem::Damaged || problem.kind == JournalProblem::NotSqlite) {
            auto kept = JournalRescue::restoreOver(cli.databasePath(), found->path, QDateTime::currentDateTimeUtc());
            if (!kept)
                return cli.fail(kept.error());
            //: %1 is the new name of the damaged journal file, kept beside the restored one.
            cli.out() << BackupCommand::tr("The damaged journal is kept as “%1”.").arg(QDir::toNativeSeparators(*kept))
                      << Qt::endl;
        } else {
            return cli.fail(journal.error());
        }
    }
    //: %1 is when the restored backup was made.
    cli.out() << BackupCommand::tr("Restored the backup made %1.").arg(when(found->created)) << Qt::endl;
    return Success;
}

} // namespace

int runBackup(CliContext& cli, const QStringList& arguments)
{
    const QString usage = BackupCommand::tr("Usage: myfyrio backup create|list|verify|restore [OPTIONS]. "
                                            "Run “myfyrio backup SUBCOMMAND --help” for the options.");
    //: %1 is what the person typed.
    const QString unknown = BackupCommand::tr("“%1” is not a backup subcommand.");
    return runSubcommand(
        cli, arguments,
        {{"create", &backupCreate}, {"list", &backupList}, {"verify", &backupVerify}, {"restore", &backupRestore}},
        usage, unknown);
}

} // namespace myfyrio::cli
