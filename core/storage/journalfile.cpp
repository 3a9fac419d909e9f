#include "core/storage/journalfile.h"

#include "core/storage/migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace myfyrio {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// A read-only connection that is removed when it goes out of scope.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("myfyrio-inspect-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

Expected<void> JournalFile::createPrivate(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            //: %1 is a file name or folder.
            return Failure{tr("The folder “%1” could not be created.").arg(dir.path())};
        QFile::setPermissions(dir.path(), ownerOnly | QFileDevice::ExeOwner);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        //: %1 is a file path; %2 says what went wrong.
        return Failure{tr("The journal “%1” could not be created: %2").arg(path, file.errorString())};
    file.close();
    if (!file.setPermissions(ownerOnly))
        //: %1 is a file path.
        return Failure{tr("The journal “%1” could not be made private to you.").arg(path)};
    return {};
}

void JournalFile::makePrivate(const QString& path)
{
    QFile::setPermissions(path, ownerOnly);
}

Expected<void> JournalFile::inspect(const QString& path, int latestVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file name or folder; %2 is a sentence saying what went wrong.
        return Failure{tr("The journal “%1” could not be opened: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        //: %1 is a file name or folder.
        return Failure{tr("“%1” is not a Myfyrio journal (it is not an SQLite database). "
                          "It has been left untouched.")
                           .arg(path)};

    ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        //: %1 is a file name or folder; %2 is a sentence saying what went wrong.
        return Failure{tr("The journal “%1” could not be opened: %2").arg(path, connection.db().lastError().text())};
    QSqlDatabase db = connection.db();
    QSqlQuery query(db);

    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        //: %1 is a file name or folder.
        return Failure{tr("The journal “%1” is damaged and cannot be opened. It has been left untouched; "
                          "restore it from a backup copy.")
                           .arg(path)};
    }
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        //: %1 is a file path.
        return Failure{tr("The journal “%1” could not be read.").arg(path)};
    const int applicationId = query.value(0).toInt();
    query.finish();

    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        //: %1 is a file path.
        return Failure{tr("The journal “%1” could not be read.").arg(path)};
    const int objects = query.value(0).toInt();
    query.finish();

    if (applicationId != journalApplicationId && !(applicationId == 0 && objects == 0))
        //: %1 is a file name or folder.
        return Failure{tr("“%1” is a database that belongs to another program, not a Myfyrio journal. "
                          "It has been left untouched.")
                           .arg(path)};

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        //: %1 is a file path.
        return Failure{tr("The journal “%1” could not be read.").arg(path)};
    const int version = query.value(0).toInt();
    if (version > latestVersion)
        //: %1 is a file name or folder.
        return Failure{tr("The journal “%1” was made by a newer version of Myfyrio. "
                          "Update Myfyrio to open it; the file has been left untouched.")
                           .arg(path)};
    return {};
}

} // namespace myfyrio
