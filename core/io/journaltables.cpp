#include "core/io/journaltables.h"

#include "core/storage/migration.h"
#include "core/storage/sql.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace myfyrio {

namespace {

const QString identityColumn = QStringLiteral("id");

/// Tables a backup leaves out: SQLite's own, and virtual tables (the
/// full-text index) with their shadow tables, which the triggers rebuild.
Expected<QStringList> userTableNames(const QSqlDatabase& db, QStringList& withoutRowid)
{
    auto query = sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                             " ORDER BY name"));
    if (!query)
        return query.failure();
    QStringList names;
    QStringList virtualTables;
    while (query->next()) {
        const QString name = query->value(0).toString();
        const QString statement = query->value(1).toString();
        if (name.startsWith(QStringLiteral("sqlite_")))
            continue;
        if (statement.simplified().startsWith(QStringLiteral("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
            virtualTables << name;
            continue;
        }
        if (statement.contains(QStringLiteral("WITHOUT ROWID"), Qt::CaseInsensitive))
            withoutRowid << name;
        names << name;
    }
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&virtualTables](const QString& name) {
                                   return std::any_of(
                                       virtualTables.cbegin(), virtualTables.cend(),
                                       [&name](const QString& v) { return name.startsWith(v + QLatin1Char('_')); });
                               }),
                names.end());
    return names;
}

/// SQLite's affinity rules, reduced to what a backup value may be.
ColumnKind kindOf(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QStringLiteral("INT")))
        return ColumnKind::Integer;
    if (type.contains(QStringLiteral("CHAR")) || type.contains(QStringLiteral("CLOB"))
        || type.contains(QStringLiteral("TEXT")))
        return ColumnKind::Text;
    if (type.contains(QStringLiteral("BLOB")))
        return ColumnKind::Blob;
    if (type.contains(QStringLiteral("REAL")) || type.contains(QStringLiteral("FLOA"))
        || type.contains(QStringLiteral("DOUB")))
        return ColumnKind::Real;
    return ColumnKind::Any;
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Expected<void> readColumns(const QSqlDatabase& db, JournalTable& table)
{
    auto query = sql::run(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table.name)));
    if (!query)
        return query.failure();
    QVector<QPair<int, QString>> keyParts;
    QString integerKey;
    while (query->next()) {
        const QString column = query->value(1).toString();
        const QString type = query->value(2).toString();
        const bool notNull = query->value(3).toInt() != 0;
        const bool hasDefault = !query->value(4).isNull();
        table.columns << column;
        table.kinds << kindOf(type);
        table.nullable << !notNull;
        table.required << (notNull && !hasDefault);
        if (const int pk = query->value(5).toInt(); pk > 0) {
            keyParts.append({pk, column});
            if (type.compare(QStringLiteral("INTEGER"), Qt::CaseInsensitive) == 0)
                integerKey = column;
        }
    }
    std::sort(keyParts.begin(), keyParts.end());
    for (const auto& part : keyParts)
        table.primaryKey << part.second;
    if (table.columns.contains(identityColumn))
        table.identity = {identityColumn};
    else if (!table.primaryKey.isEmpty())
        table.identity = table.primaryKey;
    else
        table.identity = table.columns;
    if (table.primaryKey.size() == 1 && !integerKey.isEmpty() && table.identity != table.primaryKey)
        table.rowidAlias = integerKey;
    if (!table.rowidAlias.isEmpty()) {
        // SQLite chooses the rowid when none is given.
        const int alias = table.columnIndex(table.rowidAlias);
        table.required[alias] = false;
        table.nullable[alias] = true;
    }
    return {};
}

Expected<void> readUniqueKeys(const QSqlDatabase& db, JournalTable& table)
{
    auto indexes = sql::run(db, QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table.name)));
    if (!indexes)
        return indexes.failure();
    QStringList uniqueIndexes;
    while (indexes->next()) {
        if (indexes->value(2).toInt() == 1 && indexes->value(3).toString() == QStringLiteral("u"))
            uniqueIndexes << indexes->value(1).toString();
    }
    for (const QString& index : std::as_const(uniqueIndexes)) {
        auto info = sql::run(db, QStringLiteral("PRAGMA index_info(%1)").arg(quoted(index)));
        if (!info)
            return info.failure();
        QStringList columns;
        while (info->next())
            columns << info->value(2).toString();
        if (!columns.isEmpty() && columns != table.identity)
            table.uniqueKeys.append(columns);
    }
    return {};
}

Expected<void> readForeignKeys(const QSqlDatabase& db, JournalTable& table)
{
    auto query = sql::run(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table.name)));
    if (!query)
        return query.failure();
    QMap<int, ForeignKey> keys;
    while (query->next()) {
        ForeignKey& key = keys[query->value(0).toInt()];
        key.parent = query->value(2).toString();
        key.columns << query->value(3).toString();
        key.parentColumns << query->value(4).toString(); // empty: the parent's primary key
    }
    for (const ForeignKey& key : std::as_const(keys))
        table.foreignKeys.append(key);
    return {};
}

/// Parents first; a cycle (or a table referring to itself) keeps name order.
QVector<JournalTable> parentsFirst(QVector<JournalTable> tables)
{
    QVector<JournalTable> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        bool progressed = false;
        for (auto it = tables.begin(); it != tables.end();) {
            const bool ready =
                std::all_of(it->foreignKeys.cbegin(), it->foreignKeys.cend(), [&](const ForeignKey& key) {
                    return key.parent == it->name || placed.contains(key.parent)
                           || std::none_of(tables.cbegin(), tables.cend(),
                                           [&key](const JournalTable& t) { return t.name == key.parent; });
                });
            if (ready) {
                placed.insert(it->name);
                ordered.append(*it);
                it = tables.erase(it);
                progressed = true;
            } else {
                ++it;
            }
        }
        if (!progressed) {
            placed.insert(tables.constFirst().name);
            ordered.append(tables.takeFirst());
        }
    }
    return ordered;
}

} // namespace

Expected<QVector<JournalTable>> JournalTables::read(const QSqlDatabase& db)
{
    QStringList withoutRowid;
    auto names = userTableNames(db, withoutRowid);
    if (!names)
        return names.failure();
    QVector<JournalTable> tables;
    for (const QString& name : std::as_const(*names)) {
        JournalTable table;
        table.name = name;
        table.hasRowid = !withoutRowid.contains(name);
        if (auto read = readColumns(db, table); !read)
            return read.failure();
        if (auto read = readUniqueKeys(db, table); !read)
            return read.failure();
        if (auto read = readForeignKeys(db, table); !read)
            return read.failure();
        tables.append(std::move(table));
    }
    // Resolve foreign keys that name no parent columns: they refer to the parent's primary key.
    for (JournalTable& table : tables) {
        for (ForeignKey& key : table.foreignKeys) {
            const auto parent = std::find_if(tables.cbegin(), tables.cend(),
                                             [&key](const JournalTable& t) { return t.name == key.parent; });
            for (int i = 0; i < key.parentColumns.size(); ++i) {
                if (key.parentColumns.at(i).isEmpty() && parent != tables.cend())
                    key.parentColumns[i] = parent->primaryKey.value(i);
            }
        }
    }
    return parentsFirst(std::move(tables));
}

Expected<QVector<JournalTable>> JournalTables::ofNewJournal()
{
    const QString name = QStringLiteral("myfyrio-schema-") + QUuid::createUuid().toString(QUuid::Id128);
    Expected<QVector<JournalTable>> tables = Failure{tr("The shape of a new journal could not be worked out.")};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            bool built = true;
            for (const Migration& step : migrations()) {
                for (const QString& statement : step.statements) {
                    QSqlQuery query(db);
                    built = built && query.exec(statement);
                }
            }
            if (built)
                tables = read(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

QString JournalTables::quote(const QString& identifier)
{
    return quoted(identifier);
}

} // namespace myfyrio
