#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace myfyrio {
class Database;
}

namespace myfyrio::test {

/// Adds reflections titled "<prefix> 1" … "<prefix> count", one a day from 2024-01-01.
void addReflections(const Database& database, int count, const QString& prefix = QStringLiteral("Reflection"));

/// The numbers of the pages of a table or index (from SQLite's dbstat), of one type ("leaf", "internal") or all.
QList<int> pagesOf(const QString& path, const QString& name, const QString& type = {});

/// Overwrites one page of a closed journal (numbered from 1) with a pattern no SQLite page has.
void damagePage(const QString& path, int page);

/// Damages the index of reflections by date: the check fails, every reflection can still be read.
void damageDateIndex(const QString& path);

/// Damages one page of reflections in the middle of the table: those cannot be read, the others can.
void damageReflectionPage(const QString& path);

/// Runs a statement on the file through a connection of its own, as another program would.
void runOn(const QString& path, const QStringList& statements);

/// Another program that holds SQLite's lock on a journal while it lives.
class ForeignLock
{
public:
    enum class Kind {
        Exclusive, ///< nobody else may even read (locking_mode=EXCLUSIVE)
        Writer,    ///< holds the write lock (BEGIN IMMEDIATE): others may read, not write
    };
    ForeignLock(const QString& path, Kind kind);
    ~ForeignLock();
    ForeignLock(const ForeignLock&) = delete;
    ForeignLock& operator=(const ForeignLock&) = delete;

private:
    QString m_name;
};

} // namespace myfyrio::test
