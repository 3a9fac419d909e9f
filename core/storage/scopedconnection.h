#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace myfyrio {

/// A connection of its own to an SQLite file, for one job on one thread
/// (checking, backing up, reading a backup), removed when it goes out of scope.
/// The journal's main connection belongs to Database; this never is it.
class ScopedConnection
{
public:
    enum class Mode {
        ReadOnly,  ///< reads, sharing the file with its writers (WAL)
        ReadWrite, ///< may write
        Immutable, ///< reads a file nobody writes (a finished backup): no locks, no -shm file
    };

    ScopedConnection(const QString& path, Mode mode, int busyMilliseconds = 5000);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_openError; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_openError;
};

} // namespace myfyrio
