#include "core/backup/backupcatalog.h"
#include "core/backup/backupname.h"
#include "core/backup/backupschedule.h"
#include "core/backup/backupservice.h"
#include "core/backup/backupwriter.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/migration.h"
#include "tests/support/catch.h"
#include "tests/support/journalfaults.h"
#include "tests/support/tempjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <set>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

constexpr QFileDevice::Permissions ownerReadWrite =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QStringList backupFiles(const TempJournal& journal)
{
    return QDir(BackupName::folderFor(journal.path())).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

int reflectionCount(const Database& database)
{
    auto count = ReflectionStore(database).count();
    REQUIRE(count.ok());
    return *count;
}

} // namespace

TEST_CASE("A backup is made in backups/ beside the journal, checked, and private", "[backup]")
{
    TempJournal journal;
    auto db = journal.open();
    test::addReflections(*db, 3);
    auto made = db->backups().backupNow(BackupReason::Manual);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());

    const QFileInfo folder(BackupName::folderFor(journal.path()));
    CHECK(folder.absoluteFilePath() == QDir(journal.folder()).filePath(QStringLiteral("backups")));
    CHECK(folder.permissions() == (ownerReadWrite | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    CHECK(QFileInfo(made->path).permissions() == ownerReadWrite);
    CHECK(backupFiles(journal) == QStringList{made->fileName}); // no temporary file is left
    CHECK(BackupName::parse(journal.path(), made->fileName).has_value());

    const BackupInfo read = BackupCatalog::read(made->path, BackupCatalog::Depth::Verified);
    CHECK(read.ok);
    CHECK(read.reflections == 3);
    CHECK(read.newestEntry == QDate(2024, 1, 3));
    CHECK(read.schemaVersion == latestSchemaVersion());
}

TEST_CASE("A copy that cannot be made whole is not kept, and the failure is reported", "[backup]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 80);
    }
    test::damageReflectionPage(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());
    auto made = BackupWriter::write(journal.path(), BackupReason::Manual, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().startsWith(QStringLiteral("No backup could be made.")));
    CHECK(backupFiles(journal).isEmpty());
    CHECK(test::fileBytes(journal.path()) == damaged);
}

TEST_CASE("Backup names are strict: only this journal's, with a stamp and a reason", "[backup]")
{
    const QString journal = QStringLiteral("/tmp/x/journal.sqlite");
    const QDateTime when = utc(2026, 12, 1, 10, 15);
    const QString name = BackupName::fileNameFor(journal, when, BackupReason::Scheduled);
    CHECK(name == QStringLiteral("journal.sqlite-20261201-101500-000-auto.sqlite"));
    const auto parsed = BackupName::parse(journal, name);
    REQUIRE(parsed);
    CHECK(parsed->created == when);
    CHECK(parsed->reason == BackupReason::Scheduled);
    for (const char* other :
         {"journal.sqlite-20261201-101500-000-auto.sqlite.txt", "journal.sqlite", "notes.sqlite",
          "other.sqlite-20261201-101500-000-auto.sqlite", "journal.sqlite-20261201-101500-000-whatever.sqlite",
          "journal.sqlite-20261341-101500-000-auto.sqlite"})
        CHECK_FALSE(BackupName::parse(journal, QString::fromLatin1(other)).has_value());
}

TEST_CASE("Thinning keeps Anki's schedule", "[backup][schedule]")
{
    const QDateTime now = utc(2026, 12, 1, 12, 0);
    // Every six hours for three years back.
    QVector<QDateTime> created;
    for (QDateTime t = now.addSecs(-60); t > now.addYears(-3); t = t.addSecs(-6 * 3600))
        created.append(t);
    const QVector<int> removed = BackupSchedule::toRemove(created, now);
    std::set<int> gone(removed.cbegin(), removed.cend());
    QVector<QDateTime> kept;
    for (int i = 0; i < created.size(); ++i) {
        if (!gone.count(i))
            kept.append(created[i]);
    }

    auto keptBetween = [&kept](const QDateTime& from, const QDateTime& to) {
        return std::count_if(kept.cbegin(), kept.cend(), [&](const QDateTime& t) { return t >= from && t < to; });
    };
    const QDateTime recent = now.addDays(-2);
    const QDateTime daily = recent.addDays(-14);
    const QDateTime weekly = daily.addDays(-56);
    const QDateTime monthly = weekly.addMonths(-12);
    // Everything from the last two days.
    CHECK(keptBetween(recent, now.addSecs(1)) == 8);
    // One a day for 14 days (the days at the edges may share with the windows beside them).
    CHECK(keptBetween(daily, recent) >= 13);
    CHECK(keptBetween(daily, recent) <= 15);
    // One a week for 8 weeks, one a month for 12 months.
    CHECK(keptBetween(weekly, daily) >= 7);
    CHECK(keptBetween(weekly, daily) <= 9);
    CHECK(keptBetween(monthly, weekly) >= 11);
    CHECK(keptBetween(monthly, weekly) <= 13);
    // Before that, one a year.
    CHECK(keptBetween(now.addYears(-4), monthly) <= 2);
    CHECK(keptBetween(now.addYears(-4), monthly) >= 1);
    // Of each day kept, it is the newest.
    std::set<QDate> days;
    for (const QDateTime& t : kept) {
        if (t < recent && t >= daily)
            CHECK(days.insert(t.date()).second);
    }
    // The newest of all is never removed, whatever the clock says.
    CHECK_FALSE(BackupSchedule::toRemove({utc(2020, 1, 1)}, now).contains(0));
}

TEST_CASE("Thinning on disk removes only Myfyrio's own backups of this journal", "[backup][schedule]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 1);
    }
    const QDateTime now = utc(2026, 12, 1);
    QStringList ours;
    for (const QDateTime& when :
         {utc(2026, 11, 20, 9), utc(2026, 11, 20, 10), utc(2026, 11, 20, 11), utc(2026, 12, 1)}) {
        auto made = BackupWriter::write(journal.path(), BackupReason::Scheduled, when);
        REQUIRE(made.ok());
        ours << made->fileName;
    }
    const QDir folder(BackupName::folderFor(journal.path()));
    // Files Myfyrio did not make: a note, something named like a backup that is not one,
    // and another program's database under a backup's name.
    test::writeFile(folder.filePath(QStringLiteral("notes.txt")), "mine");
    const QString impostor = BackupName::fileNameFor(journal.path(), utc(2026, 11, 20, 8), BackupReason::Scheduled);
    test::writeFile(folder.filePath(impostor), "not a database");
    const QString foreign = BackupName::fileNameFor(journal.path(), utc(2026, 11, 20, 7), BackupReason::Scheduled);
    test::runOn(folder.filePath(foreign), {QStringLiteral("CREATE TABLE invoices (total REAL)")});

    CHECK(BackupSchedule::thin(journal.path(), now) == 2); // 9:00 and 10:00 go, 11:00 is the day's newest
    const QStringList left = folder.entryList(QDir::Files, QDir::Name);
    CHECK(left.contains(ours.at(2)));
    CHECK(left.contains(ours.at(3)));
    CHECK_FALSE(left.contains(ours.at(0)));
    CHECK_FALSE(left.contains(ours.at(1)));
    CHECK(left.contains(QStringLiteral("notes.txt")));
    CHECK(left.contains(impostor));
    CHECK(left.contains(foreign));
}

TEST_CASE("Automatic backups: at open when a day old, every 30 minutes of changes at most, and on close",
          "[backup][schedule]")
{
    TempJournal journal;
    QDateTime clock = utc(2026, 12, 1, 9, 0);
    {
        auto db = journal.open();
        db->backups().setClock([&clock] { return clock; });
        db->backups().startAutomatic();
        db->backups().waitUntilIdle();
        REQUIRE(backupFiles(journal).size() == 1); // none yet: one at open
        CHECK(backupFiles(journal).constFirst().endsWith(QStringLiteral("-open.sqlite")));

        test::addReflections(*db, 1, QStringLiteral("First"));
        clock = clock.addSecs(10 * 60);
        db->backups().considerBackup();
        db->backups().waitUntilIdle();
        CHECK(backupFiles(journal).size() == 1); // changed, but the last backup is only 10 minutes old

        clock = clock.addSecs(21 * 60);
        db->backups().considerBackup();
        db->backups().waitUntilIdle();
        REQUIRE(backupFiles(journal).size() == 2);
        CHECK(backupFiles(journal).constLast().endsWith(QStringLiteral("-auto.sqlite")));

        clock = clock.addSecs(60 * 60);
        db->backups().considerBackup(); // no change since: nothing to keep
        db->backups().waitUntilIdle();
        CHECK(backupFiles(journal).size() == 2);

        test::addReflections(*db, 1, QStringLiteral("Second")); // over 30 minutes since the last: at once
        db->backups().waitUntilIdle();
        REQUIRE(backupFiles(journal).size() == 3);

        clock = clock.addSecs(60);
        test::addReflections(*db, 1, QStringLiteral("Third")); // a minute later: kept for the close
        db->backups().waitUntilIdle();
        CHECK(backupFiles(journal).size() == 3);
        db->backups().backupOnClose();
        REQUIRE(backupFiles(journal).size() == 4);
        CHECK(backupFiles(journal).constLast().endsWith(QStringLiteral("-close.sqlite")));
    }
    // Opening again finds a backup under a day old: no new one.
    clock = clock.addSecs(3 * 3600);
    auto db = journal.open();
    db->backups().setClock([&clock] { return clock; });
    db->backups().startAutomatic();
    db->backups().waitUntilIdle();
    CHECK(backupFiles(journal).size() == 4);
}

TEST_CASE("A restore backs up the journal first, replaces it and says so", "[backup][restore]")
{
    TempJournal journal;
    auto db = journal.open();
    test::addReflections(*db, 2, QStringLiteral("Kept"));
    auto backup = db->backups().backupNow(BackupReason::Manual);
    REQUIRE(backup.ok());
    test::addReflections(*db, 3, QStringLiteral("Later"));
    REQUIRE(reflectionCount(*db) == 5);

    int replaced = 0;
    QObject::connect(&db->changes(), &JournalChanges::journalReplaced, [&replaced] { ++replaced; });
    auto restored = db->backups().restore(backup->path);
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    CHECK(replaced == 1);
    CHECK(reflectionCount(*db) == 2);
    // The journal as it was is in the backup made first.
    CHECK(restored->reason == BackupReason::BeforeRestore);
    CHECK(BackupCatalog::read(restored->path, BackupCatalog::Depth::Verified).reflections == 5);
    // And the journal goes on working.
    test::addReflections(*db, 1, QStringLiteral("After"));
    CHECK(reflectionCount(*db) == 3);
    CHECK_FALSE(QFileInfo::exists(journal.path() + QStringLiteral("-restoring")));
}

TEST_CASE("A backup that fails its check is not restored, and the journal is left as it was", "[backup][restore]")
{
    TempJournal journal;
    auto db = journal.open();
    test::addReflections(*db, 40);
    auto backup = db->backups().backupNow(BackupReason::Manual);
    REQUIRE(backup.ok());
    test::damageDateIndex(backup->path);
    auto restored = db->backups().restore(backup->path);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().contains(QStringLiteral("damaged")));
    CHECK(reflectionCount(*db) == 40);
    CHECK(backupFiles(journal).size() == 1); // not even a backup before a restore that did not happen
}

TEST_CASE("A schema upgrade is preceded by a backup in backups/", "[backup][storage]")
{
    TempJournal journal;
    {
        auto old = Database::openAtVersion(journal.path(), latestSchemaVersion() - 1);
        REQUIRE(old.ok());
    }
    auto db = journal.open();
    const QString backup = db->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(BackupName::folderFor(journal.path())).absoluteFilePath());
    CHECK(BackupName::parse(journal.path(), QFileInfo(backup).fileName())->reason == BackupReason::BeforeUpgrade);
    CHECK(BackupCatalog::read(backup, BackupCatalog::Depth::Verified).schemaVersion == latestSchemaVersion() - 1);
}
