#include "core/storage/database.h"

#include "core/storage/journalchanges.h"
#include "core/storage/journalfile.h"
#include "core/storage/migration.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "myfyrio.database")

namespace myfyrio {

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)),
      m_connectionName(std::move(connectionName)),
      m_changes(std::make_unique<JournalChanges>())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    return openUpTo(path, mode, latestSchemaVersion());
}

Expected<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return openUpTo(path, OpenMode::CreateIfMissing, version);
}

Expected<std::unique_ptr<Database>> Database::openUpTo(const QString& path, OpenMode mode, int targetVersion)
{
    if (path.isEmpty())
        return Failure{tr("No journal file was given.")};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);

    if (info.exists()) {
        if (!info.isFile())
            //: %1 is what the person typed.
            return Failure{tr("“%1” is not a file.").arg(absolute)};
        if (info.size() > 0) {
            if (auto checked = JournalFile::inspect(absolute, latestSchemaVersion()); !checked)
                return checked.failure();
        }
    } else {
        if (mode == OpenMode::ExistingOnly)
            //: %1 is what the person typed.
            return Failure{tr("There is no journal at “%1”.").arg(absolute)};
        if (auto created = JournalFile::createPrivate(absolute); !created)
            return created.failure();
    }

    const QString name = QStringLiteral("myfyrio-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> database(new Database(absolute, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(absolute);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        //: %1 is a file path; %2 says what went wrong.
        return Failure{tr("The journal “%1” could not be opened: %2").arg(absolute, sql::describe(db.lastError()))};

    if (auto configured = database->configure(); !configured)
        return configured.failure();
    if (auto migrated = database->migrate(targetVersion); !migrated)
        return migrated.failure();
    return database;
}

Expected<void> Database::configure()
{
    const QSqlDatabase db = connection();
    for (const char* pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL"}) {
        if (auto done = sql::run(db, QString::fromLatin1(pragma)); !done)
            return done.failure();
    }
    return {};
}

int Database::schemaVersion() const
{
    const auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

Expected<void> Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    const int latest = qMin(targetVersion, latestSchemaVersion());
    if (current < 0)
        //: %1 is a file path.
        return Failure{tr("The journal “%1” could not be read.").arg(m_path)};
    if (current >= latest)
        return {};

    // An existing journal is copied before its schema changes, so that nothing
    // the user wrote depends on the upgrade succeeding.
    if (current > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = m_path + QStringLiteral(".v%1-%2.bak").arg(current).arg(stamp);
        if (auto copied = backupTo(backup); !copied)
            //: %1 says why the backup copy could not be made.
            return Failure{tr("The journal could not be upgraded because no backup copy could be made "
                              "first: %1")
                               .arg(copied.error())};
        m_migrationBackup = backup;
    }

    const QSqlDatabase db = connection();
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > latest)
            continue;
        ScopedTransaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun.failure();
        for (const QString& statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qCWarning(lcDatabase) << "migration" << step.version << "failed at" << statement
                                      << query.lastError().text();
                //: %1 is a version number; %2 describes the upgrade step; %3 says what went wrong.
                return Failure{tr("The journal could not be upgraded to version %1 (%2): %3 "
                                  "It has been left as it was.")
                                   .arg(step.version)
                                   .arg(step.description, sql::describe(query.lastError()))};
            }
        }
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Failure{sql::describe(version.lastError())};
        if (auto committed = transaction.commit(); !committed)
            //: %1 is a version number; %2 describes the upgrade step; %3 says what went wrong.
            return Failure{tr("The journal could not be upgraded to version %1 (%2): %3 "
                              "It has been left as it was.")
                               .arg(step.version)
                               .arg(step.description, committed.error())};
    }
    return {};
}

Expected<void> Database::backupTo(const QString& targetPath) const
{
    if (QFileInfo::exists(targetPath))
        //: %1 is a file name or folder.
        return Failure{tr("The backup “%1” already exists.").arg(targetPath)};
    const QSqlDatabase db = connection();
    auto integrity = sql::scalar(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.failure();
    if (integrity->toString() != QLatin1String("ok"))
        return Failure{tr("The journal failed its integrity check, so no backup was made.")};
    if (auto created = JournalFile::createPrivate(targetPath); !created)
        return created.failure();
    // VACUUM INTO wants a missing or empty file; the empty one we made keeps its 0600 mode.
    if (auto copied = sql::run(db, QStringLiteral("VACUUM INTO :target"), {{QStringLiteral("target"), targetPath}});
        !copied) {
        QFile::remove(targetPath);
        return copied.failure();
    }
    JournalFile::makePrivate(targetPath);
    return {};
}

} // namespace myfyrio
