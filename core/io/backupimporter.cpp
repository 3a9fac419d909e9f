#include "core/io/backupimporter.h"

#include "core/io/backupcheck.h"
#include "core/io/backupfile.h"
#include "core/io/backupwriter.h"
#include "core/io/journaltables.h"
#include "core/search/searchindex.h"
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
    // The search index is built once for everything the import adds, not row by row.
    SearchIndex::BulkLoad index(db);
    const auto fail = [&index](const Failure& failure) -> Expected<ImportReport> {
        (void)index.finish(); // the triggers come back before the rollback; nothing is kept
        return failure;
    };
    if (auto begun = index.begin(); !begun)
        return fail(begun.failure());
    // Records may come before the records they refer to (a table that refers to
    // itself); the keys are checked once everything is in.
    if (auto deferred = sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return fail(deferred.failure());

    // A bigger page cache for the length of the import: the pages a bulk load
    // keeps touching stay in memory instead of being written out again.
    auto cache = sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return fail(cache.failure());
    (void)sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"));
    auto written = BackupWriter(db, file, *check, index).write();
    (void)sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(cache->toInt()));
    if (!written)
        return fail(written.failure());
    ImportReport report = std::move(written).value();

    // A tag the backup brought only for a reflection left out or kept as the
    // journal has it would be used by nothing; the journal never keeps unused tags.
    auto unused = sql::run(db, QStringLiteral("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM reflection_tag)"));
    if (!unused)
        return fail(unused.failure());
    report.added -= unused->numRowsAffected();

    auto violations = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations)
        return fail(violations.failure());
    if (violations->next())
        return fail(
            //: %1 is the name of a table in the backup.
            Failure{tr("The backup refers to records it does not hold (in the table “%1”). Nothing was imported.")
                        .arg(violations->value(0).toString())});
    violations->finish();
    if (auto indexed = index.finish(); !indexed)
        return indexed.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (report.added > 0)
        m_database.changes().replaced();
    return report;
}

} // namespace myfyrio
