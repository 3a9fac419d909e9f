// The ways back for a damaged journal: restore over it, or salvage what can be
// read; either way the damaged file is kept beside it.

#include "core/backup/backupservice.h"
#include "core/backup/journalrescue.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"
#include "tests/support/journalfaults.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFileInfo>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

/// The files beside the journal whose names say they are a kept damaged journal.
QStringList keptDamaged(const TempJournal& journal)
{
    return QDir(journal.folder()).entryList({QStringLiteral("journal-damaged-*.sqlite")}, QDir::Files);
}

int reflectionsIn(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return *ReflectionStore(**db).count();
}

} // namespace

TEST_CASE("Restoring over a damaged journal keeps the damaged file beside it", "[backup][rescue]")
{
    TempJournal journal;
    QString backup;
    {
        auto db = journal.open();
        test::addReflections(*db, 40, QStringLiteral("Backed up"));
        auto made = db->backups().backupNow(BackupReason::Manual);
        REQUIRE(made.ok());
        backup = made->path;
        test::addReflections(*db, 2, QStringLiteral("Since"));
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());

    auto kept = JournalRescue::restoreOver(journal.path(), backup, QDateTime::currentDateTimeUtc());
    INFO(kept.error().toStdString());
    REQUIRE(kept.ok());
    CHECK(keptDamaged(journal) == QStringList{QFileInfo(*kept).fileName()});
    CHECK(test::fileBytes(*kept) == damaged);
    CHECK(reflectionsIn(journal.path()) == 40);
}

TEST_CASE("What a damaged journal would lose to its backup is counted when it can be", "[backup][rescue]")
{
    TempJournal journal;
    QDateTime backupTime;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
        auto made = db->backups().backupNow(BackupReason::Manual);
        REQUIRE(made.ok());
        backupTime = made->created;
        test::addReflections(*db, 3, QStringLiteral("Since"));
    }
    test::damageDateIndex(journal.path());
    const auto changed = JournalRescue::changedSince(journal.path(), backupTime);
    REQUIRE(changed.has_value());
    CHECK(*changed == 3);
}

TEST_CASE("Salvage recovers every row that can still be read into a new journal", "[backup][rescue]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
        Reflection tagged;
        tagged.title = QStringLiteral("Tagged");
        tagged.date = QDate(2024, 6, 1);
        tagged.tags = {QStringLiteral("gwaith"), QStringLiteral("teulu")};
        REQUIRE(ReflectionStore(*db).add(tagged).ok());
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());

    auto salvaged = JournalRescue::salvage(journal.path(), QDateTime::currentDateTimeUtc());
    INFO(salvaged.error().toStdString());
    REQUIRE(salvaged.ok());
    CHECK(salvaged->reflections == 41);
    CHECK(salvaged->tags == 2);
    CHECK(JournalRescue::describe(*salvaged).contains(QStringLiteral("reflections 41")));
    CHECK(test::fileBytes(salvaged->keptAs) == damaged);
    CHECK(reflectionsIn(journal.path()) == 41);
    auto db = journal.open(); // the new journal passes its check
    ReflectionFilter filter;
    filter.text = QStringLiteral("visit");
    CHECK(*ReflectionStore(*db).count(filter) == 40);
}

TEST_CASE("Salvage steps past pages that cannot be read and says how many were recovered", "[backup][rescue]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 120);
    }
    test::damageReflectionPage(journal.path());
    auto salvaged = JournalRescue::salvage(journal.path(), QDateTime::currentDateTimeUtc());
    INFO(salvaged.error().toStdString());
    REQUIRE(salvaged.ok());
    CHECK(salvaged->reflections > 60);
    CHECK(salvaged->reflections < 120);
    CHECK(reflectionsIn(journal.path()) == salvaged->reflections);
    CHECK(keptDamaged(journal).size() == 1);
}

TEST_CASE("A salvage that can read nothing changes nothing", "[backup][rescue]")
{
    TempJournal journal;
    test::writeFile(journal.path(), QByteArray("SQLite format 3").append('\0').append(QByteArray(8000, char(0x5A))));
    const QByteArray before = test::fileBytes(journal.path());
    auto salvaged = JournalRescue::salvage(journal.path(), QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(salvaged.ok());
    CHECK(test::fileBytes(journal.path()) == before);
    CHECK(keptDamaged(journal).isEmpty());
    CHECK(QDir(journal.folder()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("journal.sqlite")});
}
