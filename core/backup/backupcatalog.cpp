#include "core/backup/backupcatalog.h"

#include "core/storage/journalfile.h"
#include "core/storage/migration.h"
#include "core/storage/scopedconnection.h"
#include "core/storage/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace myfyrio {

namespace {

/// Runs a check pragma; true when every row it returns is "ok".
bool passes(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        return false;
    bool any = false;
    while (query.next()) {
        any = true;
        if (query.value(0).toString() != QLatin1String("ok"))
            return false;
    }
    return any && query.lastError().type() == QSqlError::NoError;
}

bool hasTable(const QSqlDatabase& db, const QString& table)
{
    auto found =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
                    {{QStringLiteral("name"), table}});
    return found && found->toInt() > 0;
}

int countOf(const QSqlDatabase& db, const QString& table)
{
    if (!hasTable(db, table))
        return 0;
    auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
    return count ? count->toInt() : 0;
}

BackupInfo namesOnly(const QString& file, bool ours)
{
    const QFileInfo info(file);
    BackupInfo backup;
    backup.path = info.absoluteFilePath();
    backup.fileName = info.fileName();
    backup.bytes = info.size();
    backup.created = info.lastModified().toUTC();
    backup.reason = BackupReason::Manual;
    if (ours) {
        // The journal's file name is the part before the stamp's four dashes.
        const QString journal = info.fileName().section(QLatin1Char('-'), 0, -5);
        if (const auto name = BackupName::parse(journal, info.fileName())) {
            backup.created = name->created;
            backup.reason = name->reason;
        }
    }
    return backup;
}

} // namespace

BackupInfo BackupCatalog::read(const QString& file, Depth depth, bool ours)
{
    BackupInfo backup = namesOnly(file, ours);
    if (depth == Depth::Names)
        return backup;
    backup.read = true;
    const auto applicationId = JournalFile::applicationId(file);
    if (!applicationId) {
        backup.problem = tr("This file is not a Myfyrio journal or backup.");
        return backup;
    }
    if (*applicationId != journalApplicationId) {
        backup.problem = tr("This file belongs to another program; it is not a Myfyrio backup.");
        return backup;
    }
    ScopedConnection connection(file, ours ? ScopedConnection::Mode::Immutable : ScopedConnection::Mode::ReadOnly);
    if (!connection.isOpen()) {
        backup.problem = tr("This backup could not be read.");
        return backup;
    }
    const QSqlDatabase db = connection.db();
    const bool checked = passes(db, depth == Depth::Verified ? QStringLiteral("PRAGMA integrity_check")
                                                             : QStringLiteral("PRAGMA quick_check"));
    if (!checked) {
        backup.problem = tr("This backup is damaged: its check found problems, so it cannot be restored.");
        return backup;
    }
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    backup.schemaVersion = version ? version->toInt() : 0;
    if (backup.schemaVersion > latestSchemaVersion()) {
        backup.problem = tr("This backup was made by a newer version of Myfyrio. Update Myfyrio to restore it.");
        return backup;
    }
    backup.reflections = countOf(db, QStringLiteral("reflection"));
    backup.agreements = countOf(db, QStringLiteral("supervision_agreement"));
    if (hasTable(db, QStringLiteral("reflection"))) {
        auto newest = sql::scalar(db, QStringLiteral("SELECT max(entry_date) FROM reflection"));
        if (newest)
            backup.newestEntry = QDate::fromString(newest->toString(), Qt::ISODate);
    }
    backup.ok = true;
    return backup;
}

QVector<BackupInfo> BackupCatalog::list(const QString& journalPath, Depth depth)
{
    QVector<BackupInfo> backups;
    const QDir folder(BackupName::folderFor(journalPath));
    const QFileInfoList files = folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& file : files) {
        const auto name = BackupName::parse(journalPath, file.fileName());
        if (!name)
            continue;
        BackupInfo backup = read(file.absoluteFilePath(), depth, true);
        backup.created = name->created;
        backup.reason = name->reason;
        backups.append(backup);
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.created > b.created; });
    return backups;
}

std::optional<BackupInfo> BackupCatalog::newestGood(const QString& journalPath)
{
    const QVector<BackupInfo> backups = list(journalPath, Depth::Names);
    for (const BackupInfo& backup : backups) {
        BackupInfo checked = read(backup.path, Depth::Verified, true);
        checked.created = backup.created;
        checked.reason = backup.reason;
        if (checked.ok)
            return checked;
    }
    return std::nullopt;
}

Expected<BackupInfo> BackupCatalog::resolve(const QString& journalPath, const QString& nameOrPath)
{
    const QString folder = BackupName::folderFor(journalPath);
    if (!nameOrPath.contains(QLatin1Char('/'))) {
        if (const auto name = BackupName::parse(journalPath, nameOrPath)) {
            const QString file = QDir(folder).filePath(nameOrPath);
            if (QFileInfo(file).isFile() && !QFileInfo(file).isSymLink()) {
                BackupInfo backup = read(file, Depth::Names, true);
                backup.created = name->created;
                backup.reason = name->reason;
                return backup;
            }
        }
    }
    const QFileInfo given(nameOrPath);
    if (!given.exists())
        return Failure{
            //: %1 is what the person typed.
            tr("There is no backup called “%1”. Run “myfyrio backup list” to see the backups.").arg(nameOrPath)};
    if (!given.isFile())
        //: %1 is a file or folder path.
        return Failure{tr("“%1” is not a file.").arg(QDir::toNativeSeparators(nameOrPath))};
    const bool ours = given.absolutePath() == QFileInfo(folder).absoluteFilePath()
                      && BackupName::parse(journalPath, given.fileName()).has_value() && !given.isSymLink();
    return read(given.absoluteFilePath(), Depth::Names, ours);
}

Expected<QVector<BackupCatalog::Entry>> BackupCatalog::preview(const QString& file, int limit, bool ours)
{
    ScopedConnection connection(file, ours ? ScopedConnection::Mode::Immutable : ScopedConnection::Mode::ReadOnly);
    if (!connection.isOpen())
        return Failure{tr("This backup could not be read.")};
    auto query = sql::run(connection.db(),
                          QStringLiteral("SELECT title, entry_date FROM reflection"
                                         " ORDER BY entry_date DESC, created_at DESC LIMIT :limit"),
                          {{QStringLiteral("limit"), limit}});
    if (!query)
        return Failure{tr("This backup could not be read.")};
    QVector<Entry> entries;
    while (query->next())
        entries.append({query->value(0).toString(), QDate::fromString(query->value(1).toString(), Qt::ISODate)});
    return entries;
}

} // namespace myfyrio
