// The search index (external content, schema v6) stays exactly in step with the
// reflections through every kind of write, and a bulk load builds it once.

#include "core/journal/reflectionstore.h"
#include "core/journal/trashstore.h"
#include "core/search/searchindex.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

int found(const ReflectionStore& store, const QString& text)
{
    ReflectionFilter filter;
    filter.text = text;
    return *store.count(filter);
}

Reflection sample(const QString& title)
{
    Reflection r;
    r.title = title;
    r.date = QDate(2024, 5, 2);
    r.body = QStringLiteral("Roedd y dŵr yn oer.");
    r.tags = {QStringLiteral("ymweliad"), QStringLiteral("diogelu")};
    r.model = QStringLiteral("driscoll");
    r.answers.insert(QStringLiteral("driscoll_what"), QStringLiteral("Home visit in the rain."));
    r.answers.insert(QStringLiteral("driscoll_so_what"), QStringLiteral("Feedback from the family."));
    return r;
}

} // namespace

TEST_CASE("The search index follows every write and stays whole", "[search][index]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    auto first = store.add(sample(QStringLiteral("Ymweliad")));
    REQUIRE(first);
    auto second = store.add(sample(QStringLiteral("Second")));
    REQUIRE(second);
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("dwr")) == 2);
    CHECK(found(store, QStringLiteral("diogelu")) == 2);  // tags
    CHECK(found(store, QStringLiteral("feedback")) == 2); // answers

    Reflection edited = *first;
    edited.body = QStringLiteral("Roedd hi'n heulog.");
    edited.tags = {QStringLiteral("ymweliad"), QStringLiteral("teulu")};
    edited.answers.remove(QStringLiteral("driscoll_so_what"));
    edited.answers[QStringLiteral("driscoll_what")] = QStringLiteral("A visit in the sun.");
    edited.answers.insert(QStringLiteral("driscoll_now_what"), QStringLiteral("Plan the next one."));
    auto saved = store.update(edited, *first);
    REQUIRE(saved);
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("heulog")) == 1);
    CHECK(found(store, QStringLiteral("dwr")) == 1);
    CHECK(found(store, QStringLiteral("teulu")) == 1);
    CHECK(found(store, QStringLiteral("diogelu")) == 1);
    CHECK(found(store, QStringLiteral("rain")) == 1);
    CHECK(found(store, QStringLiteral("feedback")) == 1);

    auto trashed = store.moveToTrash(second->id);
    REQUIRE(trashed);
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("feedback")) == 0);
    REQUIRE(store.restoreFromTrash(*trashed));
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("feedback")) == 1);

    REQUIRE(store.remove(first->id));
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("heulog")) == 0);
}

TEST_CASE("A bulk load sets the triggers aside and indexes once", "[search][index]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    auto existing = store.add(sample(QStringLiteral("Existing")));
    REQUIRE(existing);
    {
        ScopedTransaction transaction(db->connection());
        REQUIRE(transaction.begun());
        SearchIndex::BulkLoad bulk(db->connection());
        REQUIRE(bulk.begin());
        auto triggers =
            sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                                         " AND sql LIKE '%reflection_fts%'"));
        CHECK(triggers->toInt() == 0);
        for (int i = 0; i < 20; ++i)
            REQUIRE(store.add(sample(QStringLiteral("Bulk %1").arg(i))));
        REQUIRE(bulk.willChange(existing->id));
        Reflection changed = *existing;
        changed.body = QStringLiteral("Newid mawr");
        REQUIRE(store.update(changed, *existing));
        REQUIRE(bulk.finish());
        REQUIRE(transaction.commit());
    }
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("bulk")) == 20);
    CHECK(found(store, QStringLiteral("mawr")) == 1);
    auto triggers = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                                 "'trigger' AND sql LIKE '%reflection_fts%'"));
    CHECK(triggers->toInt() == 8);
}

TEST_CASE("A bulk load that is rolled back leaves the index and its triggers as they were", "[search][index]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    REQUIRE(store.add(sample(QStringLiteral("Kept"))));
    {
        ScopedTransaction transaction(db->connection());
        SearchIndex::BulkLoad bulk(db->connection());
        REQUIRE(bulk.begin());
        REQUIRE(store.add(sample(QStringLiteral("Dropped"))));
        REQUIRE(bulk.finish());
        // no commit
    }
    REQUIRE(SearchIndex::check(db->connection()));
    CHECK(found(store, QStringLiteral("dropped")) == 0);
    REQUIRE(store.add(sample(QStringLiteral("Later"))));
    CHECK(found(store, QStringLiteral("later")) == 1);
}

TEST_CASE("The index keeps no second copy of the text", "[search][index]")
{
    TempJournal temp;
    auto db = temp.open();
    auto hasTable = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                                                 "'reflection_fts_content'"));
    CHECK(hasTable->toInt() == 0);
}

TEST_CASE("A journal from schema 5 gets the new index with everything in it", "[search][index][migration]")
{
    TempJournal temp;
    {
        auto old = Database::openAtVersion(temp.path(), 5);
        REQUIRE(old);
        REQUIRE((*old)->schemaVersion() == 5);
        const ReflectionStore store(**old);
        REQUIRE(store.add(sample(QStringLiteral("Cyn yr uwchraddio"))));
        REQUIRE(store.add(sample(QStringLiteral("Another"))));
    }
    auto db = temp.open();
    CHECK(db->schemaVersion() >= 6);
    REQUIRE(SearchIndex::check(db->connection()));
    const ReflectionStore store(*db);
    CHECK(found(store, QStringLiteral("uwchraddio")) == 1);
    CHECK(found(store, QStringLiteral("diogelu")) == 2);
    CHECK(found(store, QStringLiteral("feedback")) == 2);
}
