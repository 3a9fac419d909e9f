#include "core/journal/trashstore.h"
#include "core/storage/database.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace myfyrio;

namespace {

QString addReflection(const QString& database, const QString& title)
{
    const test::CliRun added = test::runCli(database, {QStringLiteral("add"), QStringLiteral("--title"), title,
                                                       QStringLiteral("--body"), title + QStringLiteral(" body")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    return added.out.trimmed();
}

} // namespace

TEST_CASE("delete moves a reflection to the trash, trash restore brings it back and trash empty backs up first",
          "[cli][trash]")
{
    test::TempJournal temp;
    const QString kept = addReflection(temp.path(), QStringLiteral("Staying"));
    const QString id = addReflection(temp.path(), QStringLiteral("Ymweliad â’r tŷ"));

    const test::CliRun deleted = test::runCli(temp.path(), {QStringLiteral("delete"), id});
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.code == 0);
    CHECK(deleted.out.contains(QStringLiteral("“Ymweliad â’r tŷ” was moved to the trash.")));
    CHECK(deleted.out.contains(QStringLiteral("myfyrio trash restore ") + id));
    QJsonArray listed = test::runJson(temp.path(), {QStringLiteral("list")}).array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QStringLiteral("id")).toString() == kept);

    const QJsonArray trash = test::runJson(temp.path(), {QStringLiteral("trash"), QStringLiteral("list")}).array();
    REQUIRE(trash.size() == 1);
    const QJsonObject item = trash.at(0).toObject();
    CHECK(item.value(QStringLiteral("reflectionId")).toString() == id);
    CHECK(item.value(QStringLiteral("title")).toString() == QStringLiteral("Ymweliad â’r tŷ"));
    CHECK(item.value(QStringLiteral("date")).toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(QDateTime::fromString(item.value(QStringLiteral("deleted")).toString(), Qt::ISODateWithMs).isValid());
    CHECK(item.value(QStringLiteral("deleted")).toString().endsWith(QLatin1Char('Z')));
    const test::CliRun text = test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("list")});
    CHECK(text.out.contains(QStringLiteral("Ymweliad â’r tŷ")));

    // Restored by the reflection's id (the trash item's id works too), whole.
    const test::CliRun restored = test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("restore"), id});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(QStringLiteral("is back in the journal")));
    listed = test::runJson(temp.path(), {QStringLiteral("list")}).array();
    REQUIRE(listed.size() == 2);
    bool found = false;
    for (const QJsonValue& value : std::as_const(listed)) {
        const QJsonObject r = value.toObject();
        if (r.value(QStringLiteral("id")).toString() == id) {
            found = true;
            CHECK(r.value(QStringLiteral("body")).toString() == QStringLiteral("Ymweliad â’r tŷ body"));
        }
    }
    CHECK(found);
    CHECK(test::runJson(temp.path(), {QStringLiteral("trash"), QStringLiteral("list")}).array().isEmpty());

    // Emptying deletes for good, after a backup in backups/ (folder 0700, file 0600).
    REQUIRE(test::runCli(temp.path(), {QStringLiteral("delete"), id}).code == 0);
    const test::CliRun emptied = test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("empty")});
    INFO(emptied.err.toStdString());
    REQUIRE(emptied.code == 0);
    CHECK(emptied.out.contains(QStringLiteral("Reflections deleted for good: 1.")));
    CHECK(test::runJson(temp.path(), {QStringLiteral("trash"), QStringLiteral("list")}).array().isEmpty());
    const QDir backups(temp.file(QStringLiteral("backups")));
    const QStringList made = backups.entryList(QDir::Files);
    REQUIRE(made.size() == 1);
    CHECK(emptied.out.contains(made.constFirst()));
    CHECK(QFileInfo(backups.path()).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser | QFileDevice::ExeUser));
    CHECK((QFileInfo(backups.filePath(made.constFirst())).permissions()
           & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
          == 0);
    {
        // The backup holds what was emptied.
        auto backup = Database::open(backups.filePath(made.constFirst()), Database::OpenMode::ExistingOnly);
        REQUIRE(backup.ok());
        CHECK(TrashStore(**backup).count().value() == 1);
    }
    // Nothing to empty: no second backup.
    REQUIRE(test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("empty")}).code == 0);
    CHECK(backups.entryList(QDir::Files).size() == 1);
}

TEST_CASE("delete and trash refuse unknown ids and wrong use, changing nothing", "[cli][trash]")
{
    test::TempJournal temp;
    const QString id = addReflection(temp.path(), QStringLiteral("Kept"));
    const test::CliRun unknown = test::runCli(temp.path(), {QStringLiteral("delete"), QStringLiteral("no-such-id")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("No reflection has the id “no-such-id”.")));
    const test::CliRun notTrashed = test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("restore"), id});
    CHECK(notTrashed.code == 1);
    CHECK(notTrashed.err.contains(QStringLiteral("Nothing in the trash has the id")));
    CHECK(test::runCli(temp.path(), {QStringLiteral("delete")}).code == 2);
    CHECK(test::runCli(temp.path(), {QStringLiteral("trash")}).code == 2);
    CHECK(test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("restore")}).code == 2);
    CHECK(test::runCli(temp.path(), {QStringLiteral("trash"), QStringLiteral("burn")}).code == 2);
    CHECK(test::runJson(temp.path(), {QStringLiteral("list")}).array().size() == 1);
    // A journal that does not exist yet is not made by reading its trash.
    test::TempJournal none;
    CHECK(test::runCli(none.path(), {QStringLiteral("trash"), QStringLiteral("list")})
              .out.contains(QStringLiteral("The trash is empty.")));
    CHECK_FALSE(QFileInfo::exists(none.path()));
}
