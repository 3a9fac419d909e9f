#include "core/io/backupimporter.h"

#include "core/io/backupcheck.h"
#include "core/io/backupfile.h"
#include "core/io/backupwriter.h"
#include "core/io/journaltables.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/migration.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"

namespace myfyrio {

BackupImporter::BackupImporter(const Database& database) : m_database(database) {}

Expected<ImportReport> BackupImporter::importFile(const QString& path) const
{
    auto tables = JournalTables::read(m_database.connection());
    if (!tables)
        return tables.failure();
    auto file = BackupFile::open(path, *tables, m_database.schemaVersion());
    if (!file)
        return file.failure();
    return apply(*file);
}

Expected<ImportReport> BackupImporter::importBytes(const QByteArray& bytes, const QString& name) const
{
    auto tables = JournalTables::read(m_database.connection());
    if (!tables)
        return tables.failure();
    auto file = BackupFile::fromBytes(bytes, name, *tables, m_database.schemaVersion());
    if (!file)
        return file.failure();
    return apply(*file);
}

Expected<ImportReport> BackupImporter::checkForNewJournal(const QString& path)
{
    auto tables = JournalTables::ofNewJournal();
    if (!tables)
        return tables.failure();
    auto file = BackupFile::open(path, *tables, latestSchemaVersion());
    if (!file)
        return file.failure();
    auto check = BackupCheck::run(*file, QSqlDatabase());
    if (!check)
        return check.failure();
    ImportReport report;
    report.skipped = check->skipped;
    return report;
}

Expected<ImportReport> BackupImporter::apply(const BackupFile& file) const
{
    const QSqlDatabase db = m_database.connection();
    auto check = BackupCheck::run(file, db);
    if (!check)
        return check.failure();

    ScopedTransaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    // Records may come before the records they refer to (a table that refers to
    // itself); the keys are checked once everything is in.
    if (auto deferred = sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return deferred.failure();

    // A bigger page cache for the length of the import: the index pages a
    // bulk load keeps touching stay in memory instead of being written out again.
    auto cache = sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.failure();
    (void)sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"));
    auto written = BackupWriter(db, file, *check).write();
    (void)sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(cache->toInt()));
    if (!written)
        return written.failure();
    ImportReport report = std::move(written).value();

    // A tag the backup brought only for a reflection left out or kept as the
    // journal has it would be used by nothing; the journal never keeps unused tags.
    auto unused = sql::run(db, QStringLiteral("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM reflection_tag)"));
    if (!unused)
        return unused.failure();
    report.added -= unused->numRowsAffected();

    auto violations = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations)
        return violations.failure();
    if (violations->next())
        return Failure{tr("The backup refers to records it does not hold (in the table “%1”). Nothing was imported.")
                           .arg(violations->value(0).toString())};
    violations->finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (report.added > 0)
        m_database.changes().replaced();
    return report;
}

} // namespace myfyrio
