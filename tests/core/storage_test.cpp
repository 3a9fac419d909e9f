#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/migration.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

Reflection reflectionTitled(const QString& title, const QString& body = {})
{
    Reflection r;
    r.title = title;
    r.body = body;
    r.date = QDate(2024, 3, 1);
    return r;
}

/// Makes an SQLite file with raw SQL, the way another program would.
void makeSqliteFile(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int scalarOf(const QString& path, const QString& statement)
{
    const QString connection = QStringLiteral("pragma-") + path;
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        REQUIRE(query.next());
        value = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

int pragma(const QString& path, const QString& name)
{
    return scalarOf(path, QStringLiteral("PRAGMA ") + name);
}

} // namespace

TEST_CASE("A new journal is created private to its owner, at the latest schema", "[storage]")
{
    TempJournal temp;
    {
        auto db = temp.open();
        CHECK(db->schemaVersion() == latestSchemaVersion());
        REQUIRE(ReflectionStore(*db).add(reflectionTitled(QStringLiteral("First"))).ok());
    }
    const QFileInfo info(temp.path());
    REQUIRE(info.exists());
    CHECK(info.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(pragma(temp.path(), QStringLiteral("application_id")) == journalApplicationId);
}

TEST_CASE("A journal keeps what was written across reopening, and migrating again is harmless", "[storage]")
{
    TempJournal temp;
    QString id;
    {
        auto db = temp.open();
        auto added = ReflectionStore(*db).add(reflectionTitled(QStringLiteral("Kept"), QStringLiteral("body")));
        REQUIRE(added.ok());
        id = added->id;
    }
    for (int i = 0; i < 2; ++i) {
        auto db = temp.open();
        CHECK(db->schemaVersion() == latestSchemaVersion());
        CHECK(db->migrationBackupPath().isEmpty());
        auto found = ReflectionStore(*db).find(id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK((*found)->title == QStringLiteral("Kept"));
        CHECK((*found)->body == QStringLiteral("body"));
    }
}

TEST_CASE("Files that are not journals are refused and left untouched", "[storage]")
{
    TempJournal temp;

    SECTION("random bytes")
    {
        const QByteArray garbage = QByteArray("not a database at all\n").repeated(40);
        test::writeFile(temp.path(), garbage);
        auto opened = Database::open(temp.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("not a Myfyrio journal")));
        CHECK(test::fileBytes(temp.path()) == garbage);
    }

    SECTION("an SQLite header followed by damage")
    {
        {
            auto db = temp.open();
            REQUIRE(ReflectionStore(*db).add(reflectionTitled(QStringLiteral("x"))).ok());
        }
        QByteArray bytes = test::fileBytes(temp.path());
        REQUIRE(bytes.size() > 4096);
        for (int i = 100; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
        test::writeFile(temp.path(), bytes);
        auto opened = Database::open(temp.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(test::fileBytes(temp.path()) == bytes);
    }

    SECTION("another program's SQLite database")
    {
        makeSqliteFile(temp.path(), {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                                     QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
        const QByteArray before = test::fileBytes(temp.path());
        auto opened = Database::open(temp.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("another program")));
        CHECK(test::fileBytes(temp.path()) == before);
    }

    SECTION("a journal from a newer Myfyrio")
    {
        makeSqliteFile(temp.path(), {QStringLiteral("PRAGMA application_id = %1").arg(journalApplicationId),
                                     QStringLiteral("CREATE TABLE reflection (id TEXT)"),
                                     QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)});
        const QByteArray before = test::fileBytes(temp.path());
        auto opened = Database::open(temp.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("newer version")));
        CHECK(test::fileBytes(temp.path()) == before);
    }

    SECTION("a missing journal when only an existing one will do")
    {
        auto opened = Database::open(temp.path(), Database::OpenMode::ExistingOnly);
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(QFileInfo::exists(temp.path()));
    }
}

TEST_CASE("A failed migration step rolls back and says why", "[storage]")
{
    TempJournal temp;
    // A journal stamped as ours at version 0 whose "tag" table is in the way of step 1.
    makeSqliteFile(temp.path(),
                   {QStringLiteral("PRAGMA application_id = %1").arg(journalApplicationId),
                    QStringLiteral("CREATE TABLE tag (oops TEXT)"), QStringLiteral("INSERT INTO tag VALUES ('kept')")});
    auto opened = Database::open(temp.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("could not be upgraded to version 1")));
    CHECK(pragma(temp.path(), QStringLiteral("user_version")) == 0);
    // Step 1 created "reflection" before it failed; the rollback removed it again.
    CHECK(scalarOf(temp.path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'reflection'")) == 0);
    CHECK(scalarOf(temp.path(), QStringLiteral("SELECT count(*) FROM tag WHERE oops = 'kept'")) == 1);
}

TEST_CASE("A backup is a private, complete copy", "[storage]")
{
    TempJournal temp;
    auto db = temp.open();
    REQUIRE(ReflectionStore(*db).add(reflectionTitled(QStringLiteral("Backed up"))).ok());
    const QString target = temp.file(QStringLiteral("copy.sqlite"));
    auto backed = db->backupTo(target);
    INFO(backed.error().toStdString());
    REQUIRE(backed.ok());
    CHECK(QFileInfo(target).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto copy = Database::open(target);
    REQUIRE(copy.ok());
    auto count = ReflectionStore(**copy).count();
    REQUIRE(count.ok());
    CHECK(*count == 1);
    CHECK_FALSE(db->backupTo(target).ok()); // never over an existing file
}

TEST_CASE("Search ignores Welsh accents", "[storage][search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    REQUIRE(store.add(reflectionTitled(QStringLiteral("Ymweliad"), QStringLiteral("Roedd y dŵr yn oer."))).ok());
    REQUIRE(store.add(reflectionTitled(QStringLiteral("Cartref"), QStringLiteral("Aethon ni i'r tŷ newydd."))).ok());
    REQUIRE(store.add(reflectionTitled(QStringLiteral("Other"), QStringLiteral("Nothing to see."))).ok());

    ReflectionFilter water;
    water.text = QStringLiteral("dwr");
    auto waterHits = store.list(water);
    REQUIRE(waterHits.ok());
    REQUIRE(waterHits->size() == 1);
    CHECK(waterHits->at(0).title == QStringLiteral("Ymweliad"));

    ReflectionFilter house;
    house.text = QStringLiteral("ty");
    auto houseHits = store.list(house);
    REQUIRE(houseHits.ok());
    REQUIRE(houseHits->size() == 1);
    CHECK(houseHits->at(0).title == QStringLiteral("Cartref"));
}
