#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace myfyrio {

/// A foreign key of a table: columns here refer to columns of the parent.
struct ForeignKey {
    QString parent;
    QStringList columns;
    QStringList parentColumns;
};

/// What a column holds, from its declared type.
enum class ColumnKind { Text, Integer, Real, Blob, Any };

/// The shape of one journal table, read from SQLite itself.
struct JournalTable {
    QString name;
    QStringList columns;       ///< in declaration order
    QVector<ColumnKind> kinds; ///< per column, in the same order
    QVector<bool> required;    ///< per column: NOT NULL without a default (and not the rowid alias)
    QVector<bool> nullable;    ///< per column: may hold NULL
    QStringList primaryKey;    ///< in key order; empty when the table has none
    QString rowidAlias;        ///< an INTEGER PRIMARY KEY column that is not the record's identity (reflection.seq)
    bool hasRowid = true;      ///< false for WITHOUT ROWID tables
    QStringList identity;      ///< what identifies a record across journals: "id" when there is one, else the key
    QVector<QStringList> uniqueKeys; ///< other UNIQUE column sets (tag.folded)
    QVector<ForeignKey> foreignKeys;

    bool hasColumn(const QString& column) const { return columns.contains(column); }
    int columnIndex(const QString& column) const { return static_cast<int>(columns.indexOf(column)); }
};

/// Every user table of a journal, for backups: whatever tables the schema has
/// today, without the search index (rebuilt from the others) or SQLite's own.
class JournalTables
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalTables)

public:
    /// The tables, parents before the tables that refer to them.
    static Expected<QVector<JournalTable>> read(const QSqlDatabase& db);

    /// The tables a journal made today would have, read from a schema built in
    /// memory: no file is created, so a backup can be checked before its journal exists.
    static Expected<QVector<JournalTable>> ofNewJournal();

    /// An identifier quoted for SQL ("name").
    static QString quote(const QString& identifier);
};

} // namespace myfyrio
