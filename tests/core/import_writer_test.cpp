#include "core/io/import/importids.h"
#include "core/io/import/importpreview.h"
#include "core/io/import/importwriter.h"
#include "core/io/import/languageguess.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/journalchanges.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/tempjournal.h"

#include <QUuid>

using namespace myfyrio;
using namespace myfyrio::test;

namespace {

ImportBatch batchOf(int count)
{
    ImportBatch batch;
    for (int i = 0; i < count; ++i) {
        ImportedEntry entry;
        entry.source = QStringLiteral("entry %1").arg(i + 1);
        entry.reflection.id = ImportIds::stable(QStringLiteral("test"), QString::number(i));
        entry.reflection.title = QStringLiteral("Entry %1").arg(i + 1);
        entry.reflection.date = QDate(2020, 1, 1).addDays(i);
        entry.reflection.tags = {QStringLiteral("tag%1").arg(i % 3)};
        batch.entries.append(entry);
    }
    return batch;
}

/// Counts a signal's emissions (the core tests do not link Qt Test).
struct Counter {
    template <typename Signal> Counter(JournalChanges& changes, Signal signal)
    {
        QObject::connect(&changes, signal, &changes, [this] { ++count; });
    }
    int count = 0;
    int size() const { return count; }
    bool isEmpty() const { return count == 0; }
};

} // namespace

TEST_CASE("import ids are UUID v5 of the source and its identity", "[import]")
{
    const QString id = ImportIds::stable(QStringLiteral("rednotebook"), QStringLiteral("2023-01-17"));
    CHECK(id == ImportIds::stable(QStringLiteral("rednotebook"), QStringLiteral("2023-01-17")));
    CHECK(id != ImportIds::stable(QStringLiteral("jrnl"), QStringLiteral("2023-01-17")));
    CHECK(QUuid::fromString(id).version() == QUuid::Sha1);
    CHECK(ImportIds::isUuid(id));
    CHECK_FALSE(ImportIds::isUuid(QStringLiteral("not-a-uuid")));
}

TEST_CASE("Welsh and English are told apart by a simple heuristic", "[import]")
{
    CHECK(LanguageGuess::of(QStringLiteral("Roedd y cyfarfod yn anodd heddiw ac rydw i wedi blino."),
                            QStringLiteral("en"))
          == QStringLiteral("cy"));
    CHECK(LanguageGuess::of(QStringLiteral("Mae'r teulu'n byw yn y dref."), QStringLiteral("en"))
          == QStringLiteral("cy"));
    CHECK(LanguageGuess::of(QStringLiteral("The meeting was hard today and I am tired."), QStringLiteral("cy"))
          == QStringLiteral("en"));
    CHECK(LanguageGuess::of(QStringLiteral("Dŵr"), QStringLiteral("en")) == QStringLiteral("cy"));
    // Nothing to go on: the fallback.
    CHECK(LanguageGuess::of(QStringLiteral("Caerdydd 2024"), QStringLiteral("cy")) == QStringLiteral("cy"));
    CHECK(LanguageGuess::of(QString(), QStringLiteral("en")) == QStringLiteral("en"));
    // Mostly English with a Welsh greeting stays English.
    CHECK(LanguageGuess::of(QStringLiteral("Bore da! The team met at the office and we talked about the rota."),
                            QStringLiteral("cy"))
          == QStringLiteral("en"));
}

TEST_CASE("an import is one transaction: a failure half-way leaves the journal as it was", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    ImportBatch batch = batchOf(10);
    batch.entries[7].reflection.model = QStringLiteral("no-such-model");
    Counter replaced(db->changes(), &JournalChanges::journalReplaced);
    Counter added(db->changes(), &JournalChanges::reflectionsAdded);
    auto result = ImportWriter(*db).write(batch);
    REQUIRE_FALSE(result.ok());
    CHECK(replaced.size() == 1);
    CHECK(result.error().startsWith(QStringLiteral("Nothing was imported, because “entry 8” could not be stored:")));
    CHECK(ReflectionStore(*db).count().value() == 0);
    CHECK(added.isEmpty()); // no view is told of reflections that were never kept
}

TEST_CASE("a cancelled import changes nothing", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    std::atomic_bool cancel{false};
    const ImportProgress progress([&cancel](int done, int) { cancel = done >= 64; }, &cancel);
    auto result = ImportWriter(*db).write(batchOf(300), progress);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("The import was cancelled. Nothing in the journal was changed."));
    CHECK(ReflectionStore(*db).count().value() == 0);
}

TEST_CASE("a dry run and a preview count what would come in, changing nothing", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    ImportBatch batch = batchOf(12);
    REQUIRE(ImportWriter(*db).write(batchOf(4))->added == 4);
    auto dry = ImportWriter(*db).dryRun(batch);
    REQUIRE(dry.ok());
    CHECK(dry->added == 8);
    CHECK(dry->existing == 4);
    CHECK(ReflectionStore(*db).count().value() == 4);

    const ImportPreview preview = ImportPreview::of(batch, ImportWriter(*db).existingIds(batch).value());
    CHECK(preview.entries == 12);
    CHECK(preview.toAdd == 8);
    CHECK(preview.existing == 4);
    CHECK(preview.first == QDate(2020, 1, 1));
    CHECK(preview.last == QDate(2020, 1, 12));
    REQUIRE(preview.tags.size() == 3);
    CHECK(preview.tags.first() == qMakePair(QStringLiteral("tag0"), 4));
    CHECK(preview.sampleTitles
          == QStringList{QStringLiteral("Entry 1"), QStringLiteral("Entry 3"), QStringLiteral("Entry 6"),
                         QStringLiteral("Entry 9"), QStringLiteral("Entry 12")});
}

TEST_CASE("a successful import announces one journal replacement after it commits", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    Counter replaced(db->changes(), &JournalChanges::journalReplaced);
    Counter added(db->changes(), &JournalChanges::reflectionsAdded);
    REQUIRE(ImportWriter(*db).write(batchOf(5)).ok());
    CHECK(replaced.size() == 1);
    CHECK(added.isEmpty());
    REQUIRE(ImportWriter(*db).write(batchOf(5)).ok());
    CHECK(replaced.size() == 1); // nothing new, nothing to announce
}

TEST_CASE("an imported entry moved to the trash does not come back when the source is imported again", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    const ImportBatch batch = batchOf(3);
    REQUIRE(ImportWriter(*db).write(batch)->added == 3);
    REQUIRE(ReflectionStore(*db).moveToTrash(batch.entries.at(1).reflection.id).ok());
    auto again = ImportWriter(*db).write(batch);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->existing == 3);
    CHECK(ReflectionStore(*db).count().value() == 2);
}

TEST_CASE("imported entries are found by search once the import has committed", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    ImportBatch batch = batchOf(3);
    batch.entries[2].reflection.body = QStringLiteral("Roedd y dŵr yn oer.");
    REQUIRE(ImportWriter(*db).write(batch).ok());
    ReflectionFilter filter;
    filter.text = QStringLiteral("dwr");
    CHECK(ReflectionStore(*db).count(filter).value() == 1);
}
