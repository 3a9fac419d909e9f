#include "core/storage/scopedconnection.h"

#include "core/storage/sql.h"

#include <QUrl>
#include <QUuid>

namespace myfyrio {

ScopedConnection::ScopedConnection(const QString& path, Mode mode, int busyMilliseconds)
    : m_name(QStringLiteral("myfyrio-job-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyMilliseconds);
    if (mode == Mode::Immutable) {
        // SQLite's URI form; the path is percent-encoded so that "?" or "#" in
        // a folder name cannot be read as URI parameters.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    m_open = db.open();
    if (!m_open)
        m_openError = db.lastError();
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    sql::forget(m_name);
}

} // namespace myfyrio
