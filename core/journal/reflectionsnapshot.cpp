#include "core/journal/reflectionsnapshot.h"

#include "core/journal/tagstore.h"
#include "core/storage/sql.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace myfyrio {

namespace {

constexpr int snapshotFormat = 1;
const QString reflectionTable = QStringLiteral("reflection");
const QString tagLinkTable = QStringLiteral("reflection_tag");

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The tables that refer to reflection(id), and the column that does.
Expected<QVector<QPair<QString, QString>>> referringTables(const QSqlDatabase& db)
{
    auto query = sql::run(db, QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m,"
                                             " pragma_foreign_key_list(m.name) f"
                                             " WHERE m.type = 'table' AND f.\"table\" = 'reflection'"
                                             " ORDER BY m.name"));
    if (!query)
        return query.failure();
    QVector<QPair<QString, QString>> tables;
    while (query->next()) {
        const QString table = query->value(0).toString();
        if (table != tagLinkTable)
            tables.append({table, query->value(1).toString()});
    }
    return tables;
}

/// The columns a row is written back with. A rowid alias (INTEGER PRIMARY KEY)
/// is left out: a fresh one is given, since the old one may have been reused.
Expected<QStringList> columnsOf(const QSqlDatabase& db, const QString& table)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT name FROM pragma_table_info(:table)"
                                         " WHERE NOT (pk = 1 AND upper(type) = 'INTEGER')"),
                          {{QStringLiteral("table"), table}});
    if (!query)
        return query.failure();
    QStringList columns;
    while (query->next())
        columns.append(query->value(0).toString());
    return columns;
}

QCborValue toCbor(const QVariant& value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    default:
        return QCborValue(value.toString());
    }
}

QVariant fromCbor(const QCborValue& value)
{
    if (value.isByteArray())
        return value.toByteArray();
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    return QVariant(); // NULL
}

Expected<QCborArray> rowsOf(const QSqlDatabase& db, const QString& table, const QString& column, const QString& id)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT * FROM ") + quoted(table) + QStringLiteral(" WHERE ") + quoted(column)
                              + QStringLiteral(" = :id ORDER BY rowid"),
                          {{QStringLiteral("id"), id}});
    if (!query)
        return query.failure();
    QCborArray rows;
    while (query->next()) {
        const QSqlRecord record = query->record();
        QCborMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toCbor(record.value(i)));
        rows.append(row);
    }
    return rows;
}

Expected<void> insertRow(const QSqlDatabase& db, const QString& table, const QStringList& columns, const QCborMap& row)
{
    QStringList names, holders;
    QVariantMap values;
    for (const QString& column : columns) {
        if (!row.contains(column))
            continue;
        const QString holder = QStringLiteral("c%1").arg(names.size());
        names.append(quoted(column));
        holders.append(QLatin1Char(':') + holder);
        values.insert(holder, fromCbor(row.value(column)));
    }
    if (names.isEmpty())
        return {};
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO ") + quoted(table) + QStringLiteral(" (")
                                 + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                                 + holders.join(QStringLiteral(", ")) + QLatin1Char(')'),
                             values);
    if (!inserted)
        return inserted.failure();
    return {};
}

} // namespace

Expected<ReflectionSnapshot::Captured> ReflectionSnapshot::capture(const QSqlDatabase& db, const QString& reflectionId)
{
    auto own = rowsOf(db, reflectionTable, QStringLiteral("id"), reflectionId);
    if (!own)
        return own.failure();
    if (own->isEmpty())
        return Failure{tr("The reflection is no longer in the journal."), FailureCode::gone};
    const QCborMap row = own->at(0).toMap();
    auto tags = TagStore(db).tagsOf(reflectionId);
    if (!tags)
        return tags.failure();
    auto tables = referringTables(db);
    if (!tables)
        return tables.failure();
    QCborMap children;
    for (const auto& [table, column] : *tables) {
        auto rows = rowsOf(db, table, column, reflectionId);
        if (!rows)
            return rows.failure();
        if (!rows->isEmpty())
            children.insert(table, *rows);
    }
    QCborMap snapshot;
    snapshot.insert(QStringLiteral("format"), snapshotFormat);
    snapshot.insert(QStringLiteral("reflection"), row);
    snapshot.insert(QStringLiteral("tags"), QCborArray::fromStringList(*tags));
    snapshot.insert(QStringLiteral("children"), children);
    return Captured{QCborValue(snapshot).toCbor(), row.value(QStringLiteral("title")).toString(),
                    row.value(QStringLiteral("entry_date")).toString()};
}

Expected<QString> ReflectionSnapshot::restore(const QSqlDatabase& db, const QByteArray& cbor)
{
    const QCborMap snapshot = QCborValue::fromCbor(cbor).toMap();
    const QCborMap row = snapshot.value(QStringLiteral("reflection")).toMap();
    const QString id = row.value(QStringLiteral("id")).toString();
    if (snapshot.value(QStringLiteral("format")).toInteger() != snapshotFormat || id.isEmpty())
        return Failure{tr("This item of the trash cannot be read, so it cannot be restored.")};
    auto present =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM reflection WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (!present)
        return present.failure();
    if (present->toInt() > 0)
        return Failure{tr("This reflection is already in the journal (it was restored or imported again), "
                          "so the copy in the trash was not restored.")};

    auto columns = columnsOf(db, reflectionTable);
    if (!columns)
        return columns.failure();
    if (auto inserted = insertRow(db, reflectionTable, *columns, row); !inserted)
        return inserted.failure();
    QStringList tags;
    const QCborArray tagNames = snapshot.value(QStringLiteral("tags")).toArray();
    for (const QCborValue& tag : tagNames)
        tags.append(tag.toString());
    if (auto tagged = TagStore(db).replaceTags(id, {}, tags); !tagged)
        return tagged.failure();

    auto tables = referringTables(db);
    if (!tables)
        return tables.failure();
    const QCborMap children = snapshot.value(QStringLiteral("children")).toMap();
    for (const auto& [table, column] : *tables) {
        const QCborArray rows = children.value(table).toArray();
        if (rows.isEmpty())
            continue;
        auto tableColumns = columnsOf(db, table);
        if (!tableColumns)
            return tableColumns.failure();
        for (const QCborValue& child : rows) {
            QCborMap childRow = child.toMap();
            childRow.insert(column, id); // rows belong to this reflection, whatever the snapshot says
            if (auto inserted = insertRow(db, table, *tableColumns, childRow); !inserted)
                return inserted.failure();
        }
    }
    return id;
}

} // namespace myfyrio
