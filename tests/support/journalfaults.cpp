#include "tests/support/journalfaults.h"

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace myfyrio::test {

void addReflections(const Database& database, int count, const QString& prefix)
{
    ReflectionStore store(database);
    for (int i = 1; i <= count; ++i) {
        Reflection reflection;
        reflection.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        reflection.body = QStringLiteral("What happened on visit %1, and what I learnt from it. ").arg(i).repeated(6);
        reflection.date = QDate(2024, 1, 1).addDays(i - 1);
        auto added = store.add(reflection);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
    }
}

QList<int> pagesOf(const QString& path, const QString& name, const QString& type)
{
    QList<int> pages;
    const QString connection = QStringLiteral("pages-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-write, so that closing it leaves no -wal or -shm file behind.
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = :name AND (:type = '' OR "
                                             "pagetype = :type) ORDER BY pageno")));
        query.bindValue(QStringLiteral(":name"), name);
        query.bindValue(QStringLiteral(":type"), type.isEmpty() ? QStringLiteral("") : type);
        REQUIRE(query.exec());
        while (query.next())
            pages << query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(connection);
    return pages;
}

void damagePage(const QString& path, int page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    constexpr qint64 pageSize = 4096;
    REQUIRE(file.size() >= page * pageSize);
    REQUIRE(file.seek((page - 1) * pageSize));
    REQUIRE(file.write(QByteArray(pageSize, char(0xA5))) == pageSize);
}

void damageDateIndex(const QString& path)
{
    const QList<int> pages = pagesOf(path, QStringLiteral("reflection_by_date"));
    REQUIRE_FALSE(pages.isEmpty());
    damagePage(path, pages.constFirst());
}

void damageReflectionPage(const QString& path)
{
    const QList<int> pages = pagesOf(path, QStringLiteral("reflection"), QStringLiteral("leaf"));
    REQUIRE(pages.size() >= 3);
    damagePage(path, pages.at(pages.size() / 2));
}

void runOn(const QString& path, const QStringList& statements)
{
    const QString connection = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

ForeignLock::ForeignLock(const QString& path, Kind kind)
    : m_name(QStringLiteral("foreign-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
    QSqlQuery query(db);
    if (kind == Kind::Exclusive) {
        REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(query.exec(QStringLiteral("UPDATE reflection SET title = title WHERE 0")));
        REQUIRE(query.exec(QStringLiteral("COMMIT")));
    } else {
        REQUIRE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
}

ForeignLock::~ForeignLock()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace myfyrio::test
