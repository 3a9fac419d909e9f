#include "core/io/backupexporter.h"

#include "core/io/backupformat.h"
#include "core/io/journaltables.h"
#include "core/io/savedfile.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>

namespace myfyrio {

BackupExporter::BackupExporter(const Database& database) : m_database(database) {}

Expected<QJsonDocument> BackupExporter::document() const
{
    const QSqlDatabase db = m_database.connection();
    auto tables = JournalTables::read(db);
    if (!tables)
        return tables.failure();
    QJsonObject content;
    for (const JournalTable& table : std::as_const(*tables)) {
        // Rowid order is the order the records were written in, which some
        // readers rely on (a reflection's tags); an import writes them in this
        // order again, so it survives the round trip.
        QStringList order;
        if (table.hasRowid)
            order << QStringLiteral("rowid");
        else
            for (const QString& column : table.primaryKey.isEmpty() ? table.columns : table.primaryKey)
                order << JournalTables::quote(column);
        auto query = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                                      .arg(JournalTables::quote(table.name), order.join(QStringLiteral(", "))));
        if (!query)
            return query.failure();
        QJsonArray rows;
        while (query->next()) {
            const QSqlRecord record = query->record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), backup::toJson(query->value(i)));
            rows.append(row);
        }
        content.insert(table.name, rows);
    }
    QJsonObject root;
    root.insert(backup::formatKey(), backup::formatName());
    root.insert(backup::formatVersionKey(), backup::formatVersion);
    root.insert(backup::schemaVersionKey(), m_database.schemaVersion());
    root.insert(backup::exportedKey(), timestamps::toStorage(timestamps::nowUtc()));
    root.insert(backup::tablesKey(), content);
    return QJsonDocument(root);
}

Expected<void> BackupExporter::write(const QString& path) const
{
    auto doc = document();
    if (!doc)
        return doc.failure();
    return SavedFile::write(path, doc->toJson(QJsonDocument::Indented));
}

} // namespace myfyrio
