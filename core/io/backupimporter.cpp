#include "core/io/backupimporter.h"

#include "core/io/backupfile.h"
#include "core/io/backupformat.h"
#include "core/io/journaltables.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"

#include <QSqlRecord>

namespace myfyrio {

namespace {

/// Incoming ids that a unique name matched to a local record (tag "Dŵr" from
/// the backup is the journal's tag "dŵr"), per table and column, so that the
/// records referring to them are pointed at the local one.
using Remaps = QHash<QString, QHash<QString, QHash<QString, QVariant>>>;

QVariant valueOf(const QJsonObject& row, const QString& column)
{
    QVariant value;
    backup::fromJson(row.value(column), value);
    return value;
}

/// Points the row's foreign keys at the records they were matched to.
void remapForeignKeys(const JournalTable& table, QJsonObject& row, const Remaps& remaps)
{
    for (const ForeignKey& key : table.foreignKeys) {
        const auto& parent = remaps.value(key.parent);
        for (int i = 0; i < key.columns.size(); ++i) {
            const QString& column = key.columns.at(i);
            const auto& map = parent.value(key.parentColumns.value(i));
            if (row.contains(column) && map.contains(row.value(column).toVariant().toString()))
                row.insert(column, backup::toJson(map.value(row.value(column).toVariant().toString())));
        }
    }
}

/// The local record whose columns equal the row's, as JSON, or an empty object.
Expected<QJsonObject> findLocal(const QSqlDatabase& db, const JournalTable& table, const QJsonObject& row,
                                const QStringList& columns)
{
    QStringList conditions;
    QVariantMap values;
    for (int i = 0; i < columns.size(); ++i) {
        const QString placeholder = QStringLiteral("k%1").arg(i);
        conditions << JournalTables::quote(columns.at(i)) + QStringLiteral(" IS :") + placeholder;
        values.insert(placeholder, valueOf(row, columns.at(i)));
    }
    auto query = sql::run(db,
                          QStringLiteral("SELECT * FROM %1 WHERE %2 LIMIT 1")
                              .arg(JournalTables::quote(table.name), conditions.join(QStringLiteral(" AND "))),
                          values);
    if (!query)
        return query.failure();
    QJsonObject local;
    if (query->next()) {
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            local.insert(record.fieldName(i), backup::toJson(query->value(i)));
    }
    return local;
}

/// True when every column the backup gives (but the ones named) is the same locally.
bool sameContent(const QJsonObject& incoming, const QJsonObject& local, const QStringList& ignored)
{
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        if (ignored.contains(it.key()))
            continue;
        if (backup::toJson(valueOf(incoming, it.key())) != local.value(it.key()))
            return false;
    }
    return true;
}

/// True when the row belongs to a record that was kept as the journal has it
/// (a reflection that differs): its parts stay as the journal has them too.
bool belongsToConflict(const JournalTable& table, const QJsonObject& row, const Remaps& conflicted)
{
    for (const ForeignKey& key : table.foreignKeys) {
        if (key.columns.size() != 1)
            continue;
        const auto& ids = conflicted.value(key.parent).value(key.parentColumns.constFirst());
        if (ids.contains(row.value(key.columns.constFirst()).toVariant().toString()))
            return true;
    }
    return false;
}

QString describe(const JournalTable& table, const QJsonObject& row)
{
    QStringList parts;
    for (const QString& column : table.identity)
        parts << row.value(column).toVariant().toString();
    return parts.join(QStringLiteral(", "));
}

Expected<void> insert(const QSqlDatabase& db, const JournalTable& table, const QJsonObject& row, bool keepRowid)
{
    QStringList columns;
    QStringList placeholders;
    QVariantMap values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == table.rowidAlias && !keepRowid)
            continue;
        const QString placeholder = QStringLiteral("c%1").arg(columns.size());
        columns << JournalTables::quote(it.key());
        placeholders << QLatin1Char(':') + placeholder;
        values.insert(placeholder, valueOf(row, it.key()));
    }
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(JournalTables::quote(table.name), columns.join(QStringLiteral(", ")),
                                      placeholders.join(QStringLiteral(", "))),
                             values);
    if (!inserted)
        //: %1 is a name; %2 is a sentence saying what went wrong.
        return Failure{BackupImporter::tr("A record of the table “%1” could not be added (%2). Nothing was imported.")
                           .arg(table.name, inserted.error())};
    return {};
}

} // namespace

BackupImporter::BackupImporter(const Database& database) : m_database(database) {}

Expected<ImportReport> BackupImporter::importFile(const QString& path) const
{
    auto tables = JournalTables::read(m_database.connection());
    if (!tables)
        return tables.failure();
    auto file = BackupFile::read(path, *tables, m_database.schemaVersion());
    if (!file)
        return file.failure();
    return apply(*file);
}

Expected<ImportReport> BackupImporter::importBytes(const QByteArray& bytes, const QString& name) const
{
    auto tables = JournalTables::read(m_database.connection());
    if (!tables)
        return tables.failure();
    auto file = BackupFile::parse(bytes, name, *tables, m_database.schemaVersion());
    if (!file)
        return file.failure();
    return apply(*file);
}

Expected<ImportReport> BackupImporter::apply(const BackupFile& file) const
{
    const QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    // Records may come before the records they refer to (a table that refers to
    // itself); the keys are checked once everything is in.
    if (auto deferred = sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return deferred.failure();

    ImportReport report;
    Remaps remaps;
    Remaps conflicted;
    for (const BackupTable& part : file.tables()) {
        const JournalTable& table = part.schema;
        auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(JournalTables::quote(table.name)));
        if (!count)
            return count.failure();
        // Into an empty table the rows go exactly as they were, rowids too.
        const bool keepRowid = count->toInt() == 0;
        for (QJsonObject row : part.rows) {
            remapForeignKeys(table, row, remaps);
            if (belongsToConflict(table, row, conflicted))
                continue;
            auto local = findLocal(db, table, row, table.identity);
            if (!local)
                return local.failure();
            const QStringList ignoredForSame{table.rowidAlias};
            if (local->isEmpty()) {
                for (const QStringList& unique : table.uniqueKeys) {
                    if (std::any_of(unique.cbegin(), unique.cend(),
                                    [&row](const QString& c) { return !row.contains(c) || row.value(c).isNull(); }))
                        continue;
                    auto byName = findLocal(db, table, row, unique);
                    if (!byName)
                        return byName.failure();
                    if (!byName->isEmpty()) {
                        local = std::move(byName);
                        if (table.identity.size() == 1) {
                            const QString& id = table.identity.constFirst();
                            remaps[table.name][id].insert(row.value(id).toVariant().toString(),
                                                          local->value(id).toVariant());
                        }
                        break;
                    }
                }
            }
            if (local->isEmpty()) {
                if (auto inserted = insert(db, table, row, keepRowid); !inserted)
                    return inserted.failure();
                ++report.added;
            } else if (sameContent(row, *local, ignoredForSame + table.identity)) {
                ++report.unchanged;
            } else {
                for (const QString& column : table.identity)
                    conflicted[table.name][column].insert(row.value(column).toVariant().toString(), {});
                //: %1 identifies the record; %2 is a table name.
                report.conflicts << tr("The record %1 of the table “%2” is different in the backup; the "
                                       "journal’s version was kept.")
                                        .arg(describe(table, row), table.name);
            }
        }
    }

    // A tag the backup brought only for a reflection kept as the journal has it
    // would be used by nothing; the journal never keeps unused tags.
    auto unused = sql::run(db, QStringLiteral("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM reflection_tag)"));
    if (!unused)
        return unused.failure();
    report.added -= unused->numRowsAffected();

    auto violations = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations)
        return violations.failure();
    if (violations->next())
        //: %1 is what the person typed.
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
