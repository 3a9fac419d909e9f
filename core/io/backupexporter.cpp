#include "core/io/backupexporter.h"

#include "core/io/backupformat.h"
#include "core/io/journaltables.h"
#include "core/io/savedfile.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>

namespace myfyrio {

BackupExporter::BackupExporter(const Database& database) : m_database(database) {}

Expected<QJsonDocument> BackupExporter::document() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto written = writeTo(buffer); !written)
        return written.failure();
    return QJsonDocument::fromJson(buffer.data());
}

Expected<void> BackupExporter::writeTo(QIODevice& device) const
{
    const QSqlDatabase db = m_database.connection();
    auto tables = JournalTables::read(db);
    if (!tables)
        return tables.failure();
    const auto text = [](const QJsonValue& value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    };
    QByteArray head = "{\n";
    head += "\"" + backup::exportedKey().toUtf8() + "\": " + text(timestamps::toStorage(timestamps::nowUtc())) + ",\n";
    head += "\"" + backup::formatKey().toUtf8() + "\": " + text(backup::formatName()) + ",\n";
    head += "\"" + backup::formatVersionKey().toUtf8() + "\": " + QByteArray::number(backup::formatVersion) + ",\n";
    head +=
        "\"" + backup::schemaVersionKey().toUtf8() + "\": " + QByteArray::number(m_database.schemaVersion()) + ",\n";
    head += "\"" + backup::tablesKey().toUtf8() + "\": {";
    if (device.write(head) != head.size())
        return Failure{device.errorString()};
    bool firstTable = true;
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
        QByteArray part = (firstTable ? "\n" : ",\n") + text(table.name) + ": [";
        firstTable = false;
        bool firstRow = true;
        while (query->next()) {
            const QSqlRecord record = query->record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), backup::toJson(query->value(i)));
            part += firstRow ? "\n" : ",\n";
            part += QJsonDocument(row).toJson(QJsonDocument::Compact);
            firstRow = false;
            if (part.size() > (1 << 20)) {
                if (device.write(part) != part.size())
                    return Failure{device.errorString()};
                part.clear();
            }
        }
        part += firstRow ? "]" : "\n]";
        if (device.write(part) != part.size())
            return Failure{device.errorString()};
    }
    const QByteArray tail = "\n}\n}\n";
    if (device.write(tail) != tail.size())
        return Failure{device.errorString()};
    return {};
}

Expected<void> BackupExporter::write(const QString& path) const
{
    return SavedFile::write(path, [this](QIODevice& device, QString& reason) {
        auto done = writeTo(device);
        reason = done.error();
        return done.ok();
    });
}

} // namespace myfyrio
