#include "core/journal/reflectionstore.h"
#include "core/journal/trashkeeper.h"
#include "core/journal/trashstore.h"
#include "core/storage/journalchanges.h"
#include "core/util/timestamps.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>

using namespace myfyrio;

namespace {

QString trashOne(const Database& db, const QString& title)
{
    Reflection r;
    r.title = title;
    r.date = QDate(2024, 5, 1);
    r.body = title + QStringLiteral(" body");
    auto added = ReflectionStore(db).add(r);
    REQUIRE(added.ok());
    auto trashed = ReflectionStore(db).moveToTrash(added->id);
    REQUIRE(trashed.ok());
    return trashed.value();
}

} // namespace

TEST_CASE("Trash items older than 30 days go only after a checked backup", "[trash][storage]")
{
    test::TempJournal journal;
    auto db = journal.open();
    trashOne(*db, QStringLiteral("Old one"));
    const QDateTime now = timestamps::nowUtc();

    // Nothing that old yet: nothing deleted and no backup made.
    auto none = TrashKeeper::purgeExpired(*db, now.addDays(29));
    REQUIRE(none.ok());
    CHECK(none.value() == 0);
    CHECK_FALSE(QFileInfo::exists(TrashKeeper::backupFolder(*db)));

    // When the backups folder cannot be used, nothing is deleted.
    test::writeFile(TrashKeeper::backupFolder(*db), QByteArrayLiteral("not a folder"));
    auto refused = TrashKeeper::purgeExpired(*db, now.addDays(31));
    CHECK_FALSE(refused.ok());
    CHECK(TrashStore(*db).count().value() == 1);
    REQUIRE(QFile::remove(TrashKeeper::backupFolder(*db)));

    auto purged = TrashKeeper::purgeExpired(*db, now.addDays(31));
    INFO(purged.error().toStdString());
    REQUIRE(purged.ok());
    CHECK(purged.value() == 1);
    CHECK(TrashStore(*db).count().value() == 0);
    const QStringList backups = QDir(TrashKeeper::backupFolder(*db)).entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    auto copy = Database::open(QDir(TrashKeeper::backupFolder(*db)).filePath(backups.constFirst()),
                               Database::OpenMode::ExistingOnly);
    REQUIRE(copy.ok());
    auto kept = TrashStore(**copy).list();
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().title == QStringLiteral("Old one"));
}

TEST_CASE("Emptying the trash backs up first and says where", "[trash][storage]")
{
    test::TempJournal journal;
    auto db = journal.open();
    trashOne(*db, QStringLiteral("One"));
    trashOne(*db, QStringLiteral("Two"));
    QString backup;
    auto emptied = TrashKeeper::emptyAfterBackup(*db, &backup);
    REQUIRE(emptied.ok());
    CHECK(emptied.value() == 2);
    CHECK(TrashStore(*db).count().value() == 0);
    CHECK(QFileInfo(backup).dir() == QDir(TrashKeeper::backupFolder(*db)));
    CHECK(QFileInfo(backup).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Deleting from the trash for good is announced, on its own too", "[trash][changes]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const QString first = trashOne(*db, QStringLiteral("One"));
    trashOne(*db, QStringLiteral("Two"));
    int announced = 0;
    QObject::connect(&db->changes(), &JournalChanges::trashChanged, [&] { ++announced; });
    REQUIRE(TrashStore(*db).purge(first).ok());
    CHECK(announced == 1);
    REQUIRE(TrashStore(*db).empty().ok());
    CHECK(announced == 2);
}
