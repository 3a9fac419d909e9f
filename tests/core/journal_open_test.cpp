// What opening and saving say about read-only, full, locked, damaged, foreign
// and newer journals, and how saving recovers by itself.

#include "core/backup/backupservice.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journalcheck.h"
#include "core/storage/journallock.h"
#include "core/storage/migration.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/journalfaults.h"
#include "tests/support/tempjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <sys/stat.h>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

/// What Database::checkFinished said, each time.
struct CheckSpy {
    explicit CheckSpy(const Database& database)
    {
        QObject::connect(&database, &Database::checkFinished, [this](bool passed, const QString& message) {
            results.append({passed, message});
        });
    }
    QVector<QPair<bool, QString>> results;
};

Reflection titled(const QString& title, const QString& body = QStringLiteral("body"))
{
    Reflection r;
    r.title = title;
    r.body = body;
    r.date = QDate(2024, 3, 1);
    return r;
}

Expected<std::unique_ptr<Database>> openWith(const QString& path, OpenProblem& problem,
                                             Database::Check check = Database::Check::Now)
{
    Database::Options options;
    options.check = check;
    return Database::open(path, options, &problem);
}

void setMode(const QString& path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

mode_t modeOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

/// Lets queued work (the reopen after a failed write) run.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A read-only journal opens read-only, says so at save, and saves once writing is allowed again",
          "[storage][readonly]")
{
    TempJournal journal;
    journal.open().reset();
    setMode(journal.path(), 0400);
    OpenProblem problem;
    auto db = openWith(journal.path(), problem);
    REQUIRE(db.ok());
    CHECK((*db)->readOnlyReason() == Database::ReadOnlyReason::FileReadOnly);
    ReflectionStore store(**db);

    auto refused = store.add(titled(QStringLiteral("Not yet")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == sql::readOnlySentence(sql::ReadOnlyReason::FileReadOnly));
    CHECK_FALSE(refused.error().contains(QStringLiteral("damaged")));

    setMode(journal.path(), 0600);
    (void)store.add(titled(QStringLiteral("Noticed"))); // this failure finds the file writable again
    settle();
    CHECK_FALSE((*db)->isReadOnly());
    auto saved = store.add(titled(QStringLiteral("Saved")));
    INFO(saved.error().toStdString());
    CHECK(saved.ok());
}

TEST_CASE("A journal in a read-only folder opens read-only with its own sentence", "[storage][readonly]")
{
    TempJournal journal;
    journal.open().reset();
    setMode(journal.folder(), 0500);
    OpenProblem problem;
    auto db = openWith(journal.path(), problem);
    REQUIRE(db.ok());
    CHECK((*db)->readOnlyReason() == Database::ReadOnlyReason::FolderReadOnly);
    auto refused = ReflectionStore(**db).add(titled(QStringLiteral("No")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("folder is read-only")));
    db->reset();
    setMode(journal.folder(), 0700);
}

TEST_CASE("A read-only journal that needs an upgrade is refused, untouched, with its own sentence",
          "[storage][readonly]")
{
    TempJournal journal;
    {
        auto old = Database::openAtVersion(journal.path(), latestSchemaVersion() - 1);
        REQUIRE(old.ok());
    }
    setMode(journal.path(), 0400);
    const QByteArray before = test::fileBytes(journal.path());
    OpenProblem problem;
    auto db = openWith(journal.path(), problem);
    REQUIRE_FALSE(db.ok());
    CHECK(problem.kind == JournalProblem::ReadOnly);
    CHECK(db.error().contains(QStringLiteral("read-only")));
    CHECK_FALSE(db.error().contains(QStringLiteral("damaged")));
    CHECK(test::fileBytes(journal.path()) == before);
    setMode(journal.path(), 0600);
}

TEST_CASE("A full disk is said at save, and saving works again when there is space", "[storage][full]")
{
    TempJournal journal;
    auto db = journal.open();
    ReflectionStore store(*db);
    REQUIRE(store.add(titled(QStringLiteral("Before"))).ok());
    // SQLite's page limit stands in for a full disk: no page can be added.
    auto pages = sql::scalar(db->connection(), QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(sql::run(db->connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toInt())).ok());

    auto full = store.add(titled(QStringLiteral("Too big"), QString(200000, QLatin1Char('x'))));
    REQUIRE_FALSE(full.ok());
    CHECK(full.error() == QStringLiteral("The disk is full. Free some space and try again."));

    REQUIRE(sql::run(db->connection(), QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    settle();
    auto saved = store.add(titled(QStringLiteral("Room again"), QString(200000, QLatin1Char('x'))));
    INFO(saved.error().toStdString());
    CHECK(saved.ok());
    CHECK(*store.count() == 2);
}

TEST_CASE("A journal locked by another program gets its own sentence at open and at save", "[storage][locked]")
{
    TempJournal journal;
    journal.open().reset();
    Database::setLockWait(200);
    {
        test::ForeignLock lock(journal.path(), test::ForeignLock::Kind::Exclusive);
        const QByteArray before = test::fileBytes(journal.path());
        OpenProblem problem;
        auto db = openWith(journal.path(), problem);
        REQUIRE_FALSE(db.ok());
        CHECK(problem.kind == JournalProblem::Locked);
        CHECK(db.error().contains(QStringLiteral("locked by another program")));
        CHECK_FALSE(db.error().contains(QStringLiteral("damaged")));
        CHECK(test::fileBytes(journal.path()) == before);
    }
    auto db = journal.open();
    ReflectionStore store(*db);
    {
        test::ForeignLock writer(journal.path(), test::ForeignLock::Kind::Writer);
        auto busy = store.add(titled(QStringLiteral("Waits")));
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().contains(QStringLiteral("in use by another program")));
    }
    CHECK(store.add(titled(QStringLiteral("Free again"))).ok());
    Database::setLockWait(5000);
}

TEST_CASE("Damaged, foreign and newer journals each get their own sentence and are left untouched", "[storage]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());
    OpenProblem problem;
    auto db = openWith(journal.path(), problem);
    REQUIRE_FALSE(db.ok());
    CHECK(problem.kind == JournalProblem::Damaged);
    CHECK(db.error().contains(QStringLiteral("is damaged")));
    CHECK_FALSE(problem.detail.isEmpty());
    CHECK(test::fileBytes(journal.path()) == damaged);
    // A look at it leaves no files of its own behind.
    CHECK_FALSE(QFileInfo::exists(journal.path() + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(journal.path() + QStringLiteral("-shm")));

    TempJournal other;
    test::runOn(other.path(), {QStringLiteral("CREATE TABLE invoices (total REAL)")});
    CHECK_FALSE(openWith(other.path(), problem).ok());
    CHECK(problem.kind == JournalProblem::Foreign);

    TempJournal newer;
    test::runOn(newer.path(), {QStringLiteral("PRAGMA application_id = %1").arg(journalApplicationId),
                               QStringLiteral("CREATE TABLE reflection (id TEXT)"),
                               QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)});
    CHECK_FALSE(openWith(newer.path(), problem).ok());
    CHECK(problem.kind == JournalProblem::Newer);
}

TEST_CASE("The journal is readable at once and writable once its check in the background passed", "[storage][check]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 5);
    }
    OpenProblem problem;
    auto db = openWith(journal.path(), problem, Database::Check::InBackground);
    REQUIRE(db.ok());
    CheckSpy finished(**db);
    ReflectionStore store(**db);
    // The result of the check arrives through the event loop, which has not run yet.
    REQUIRE_FALSE((*db)->isChecked());
    CHECK((*db)->readOnlyReason() == Database::ReadOnlyReason::Checking);
    auto early = store.add(titled(QStringLiteral("Too early")));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error() == sql::readOnlySentence(sql::ReadOnlyReason::Checking));
    CHECK(*store.count() >= 5); // reading works meanwhile
    (*db)->waitForCheck();
    REQUIRE((*db)->isChecked());
    CHECK_FALSE((*db)->isReadOnly());
    REQUIRE(finished.results.size() == 1);
    CHECK(finished.results.at(0).first);
    CHECK(store.add(titled(QStringLiteral("Now"))).ok());
}

TEST_CASE("A journal the background check finds damaged is never written to", "[storage][check]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());
    OpenProblem problem;
    auto db = openWith(journal.path(), problem, Database::Check::InBackground);
    REQUIRE(db.ok()); // the cheap checks pass: the damage is in the pages
    CheckSpy finished(**db);
    (*db)->waitForCheck();
    REQUIRE(finished.results.size() == 1);
    CHECK_FALSE(finished.results.at(0).first);
    CHECK(finished.results.at(0).second.contains(QStringLiteral("damaged")));
    CHECK((*db)->readOnlyReason() == Database::ReadOnlyReason::Damaged);
    CHECK_FALSE(ReflectionStore(**db).add(titled(QStringLiteral("Never"))).ok());
    db->reset();
    CHECK(test::fileBytes(journal.path()) == damaged);
}

TEST_CASE("A journal checked before its first write is read at once and checked by the first write", "[storage][check]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 5);
    }
    OpenProblem problem;
    auto db = openWith(journal.path(), problem, Database::Check::BeforeWrite);
    REQUIRE(db.ok());
    REQUIRE_FALSE((*db)->isChecked());
    CHECK_FALSE((*db)->isReadOnly());
    ReflectionStore store(**db);
    CHECK(*store.count() == 5); // reading waits for nothing
    CHECK_FALSE((*db)->isChecked());
    auto added = store.add(titled(QStringLiteral("Checked first")));
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    CHECK((*db)->isChecked());
    CHECK(*store.count() == 6);
}

TEST_CASE("A damaged journal checked before its first write refuses the write and is left untouched",
          "[storage][check]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());
    OpenProblem problem;
    auto db = openWith(journal.path(), problem, Database::Check::BeforeWrite);
    REQUIRE(db.ok()); // the cheap checks pass: the damage is in the pages
    auto refused = ReflectionStore(**db).add(titled(QStringLiteral("Never")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("damaged")));
    CHECK((*db)->readOnlyReason() == Database::ReadOnlyReason::Damaged);
    // A second try is refused at once, with the same kind of sentence.
    auto again = ReflectionStore(**db).add(titled(QStringLiteral("Still never")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error() == sql::readOnlySentence(sql::ReadOnlyReason::Damaged));
    db->reset();
    CHECK(test::fileBytes(journal.path()) == damaged);
}

TEST_CASE("A damaged search index is rebuilt at open and the user told", "[storage][search]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 30, QStringLiteral("Ymweliad"));
    }
    // Lose the index's segments while its structure still names them.
    test::runOn(journal.path(), {QStringLiteral("DELETE FROM reflection_fts_data WHERE id > 10")});
    OpenProblem problem;
    auto db = openWith(journal.path(), problem);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    CHECK((*db)->notices().contains(JournalCheck::indexRebuiltSentence()));
    ReflectionFilter filter;
    filter.text = QStringLiteral("ymweliad");
    CHECK(*ReflectionStore(**db).count(filter) == 30);
    CHECK(ReflectionStore(**db).add(titled(QStringLiteral("Ymweliad newydd"))).ok());
}

TEST_CASE("A journal that others could read is made private at open", "[storage][files]")
{
    TempJournal journal;
    journal.open().reset();
    setMode(journal.path(), 0644);
    OpenProblem problem;
    auto db = openWith(journal.path(), problem);
    REQUIRE(db.ok());
    CHECK(modeOf(journal.path()) == 0600);
    CHECK((*db)->notices().size() == 1);
}

TEST_CASE("No statement or SQLite text is printed unless asked for", "[storage]")
{
    static QStringList printed;
    printed.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { printed << message; });
    {
        TempJournal journal;
        journal.open().reset();
        setMode(journal.path(), 0400);
        auto db = journal.open();
        (void)ReflectionStore(*db).add(titled(QStringLiteral("Refused")));
        setMode(journal.path(), 0600);
    }
    qInstallMessageHandler(previous);
    CHECK(printed.filter(QStringLiteral("INSERT")).isEmpty());
    CHECK(printed.filter(QStringLiteral("readonly")).isEmpty());
}

TEST_CASE("One writer: the lock is the same however the journal is named, and a dead holder's lock is taken over",
          "[storage][lock]")
{
    TempJournal journal;
    journal.open().reset();
    JournalLock first(journal.path());
    REQUIRE(first.tryLock() == JournalLock::State::Held);
    CHECK(QFileInfo(first.lockPath()).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString link = journal.file(QStringLiteral("link.sqlite"));
    REQUIRE(QFile::link(journal.path(), link));
    JournalLock second(link);
    CHECK(second.lockPath() == first.lockPath());
    CHECK(second.tryLock() == JournalLock::State::HeldElsewhere);
    CHECK(JournalLock(QDir(journal.folder())
                          .filePath(QStringLiteral("../") + QFileInfo(journal.folder()).fileName()
                                    + QStringLiteral("/journal.sqlite")))
              .tryLock()
          == JournalLock::State::HeldElsewhere);
    first.unlock();

    // A lock file left by a process that has gone (killed, crashed).
    QProcess gone;
    gone.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    REQUIRE(gone.waitForFinished());
    const QByteArray pid = gone.readAllStandardOutput().trimmed();
    test::writeFile(first.lockPath(), pid + "\nmyfyrio\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    JournalLock after(journal.path());
    CHECK(after.tryLock() == JournalLock::State::Held);
}

TEST_CASE("A backup's full check of the search index has a damaged index rebuilt", "[storage][search][backup]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 20, QStringLiteral("Ymweliad"));
    }
    // The index can be read whole, but no longer matches the reflections it was made from.
    test::runOn(journal.path(), {QStringLiteral("DELETE FROM reflection_fts_docsize WHERE id < 5")});
    REQUIRE_FALSE(JournalCheck::indexPasses(journal.path()));
    auto db = journal.open(); // the quick look at open finds nothing wrong
    CHECK((*db).notices().isEmpty());

    QStringList told;
    QObject::connect(db.get(), &Database::noticed, [&told](const QString& sentence) { told << sentence; });
    auto made = db->backups().backupNow(BackupReason::Manual);
    REQUIRE(made.ok());
    CHECK_FALSE(made->indexOk);
    for (int i = 0; i < 500 && told.isEmpty(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    CHECK(told == QStringList{JournalCheck::indexRebuiltSentence()});
    CHECK(JournalCheck::indexPasses(journal.path()));
}
