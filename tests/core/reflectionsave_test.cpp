// Saving writes only what changed, never overwrites a version it has not seen,
// and the trash keeps a reflection whole.

#include "core/journal/actionstore.h"
#include "core/journal/reflectionmerge.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/tagstore.h"
#include "core/journal/trashstore.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QSqlQuery>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

Reflection sample()
{
    Reflection r;
    r.title = QStringLiteral("Ymweliad cartref");
    r.date = QDate(2024, 3, 1);
    r.body = QStringLiteral("Aeth yn dda.");
    r.tags = {QStringLiteral("visits"), QStringLiteral("Safeguarding")};
    r.model = QStringLiteral("driscoll");
    r.answers.insert(QStringLiteral("driscoll_what"), QStringLiteral("A home visit."));
    Action a;
    a.text = QStringLiteral("Phone the GP");
    a.due = QDate(2024, 3, 8);
    r.actions.append(a);
    return r;
}

/// How many times the reflection's row and its tag links have been written, read from SQLite's counters.
int changesOf(const Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A save writes only what changed and counts the revision", "[reflections][save]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    auto added = store.add(sample());
    REQUIRE(added);
    CHECK(added->revision == 1);

    // Nothing changed: nothing written, no new revision.
    auto same = store.update(*added, *added);
    REQUIRE(same);
    CHECK(same->revision == 1);

    // A tag link row keeps its rowid when the tag list is unchanged.
    const int linkBefore = changesOf(*db, QStringLiteral("SELECT max(rowid) FROM reflection_tag"));
    Reflection edited = *added;
    edited.body = QStringLiteral("Aeth yn dda iawn.");
    auto saved = store.update(edited, *added);
    REQUIRE(saved);
    CHECK(saved->revision == 2);
    CHECK(changesOf(*db, QStringLiteral("SELECT max(rowid) FROM reflection_tag")) == linkBefore);
    auto found = store.find(added->id);
    REQUIRE(found);
    CHECK((*found)->body == QStringLiteral("Aeth yn dda iawn."));
    CHECK((*found)->tags == added->tags);
    CHECK((*found)->revision == 2);
}

TEST_CASE("A save from an old copy merges with changes made elsewhere, or refuses a clash", "[reflections][save]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    auto base = store.add(sample());
    REQUIRE(base);

    // Elsewhere: the action is ticked and a tag added.
    REQUIRE(ActionStore(*db).setDone(base->actions.first().id, true));
    Reflection other = **store.find(base->id);
    other.tags.append(QStringLiteral("gp"));
    REQUIRE(store.update(other, **store.find(base->id)));

    // The editor still holds the first copy and changes the body.
    Reflection editor = *base;
    editor.body = QStringLiteral("Newid yn y golygydd.");
    auto merged = store.update(editor, *base);
    REQUIRE(merged);
    CHECK(merged->body == editor.body);
    CHECK(merged->actions.first().done); // the tick made elsewhere is kept
    CHECK(merged->tags.contains(QStringLiteral("gp")));

    // A single-copy save from a stale revision never overwrites.
    Reflection stale = *base;
    stale.title = QStringLiteral("Stale");
    auto refused = store.update(stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.code() == FailureCode::conflict);

    // Both sides changed the body: refused, nothing written.
    Reflection elsewhere = **store.find(base->id);
    elsewhere.body = QStringLiteral("Ysgrifennwyd mewn ffenestr arall.");
    REQUIRE(store.update(elsewhere, **store.find(base->id)));
    Reflection clash = *merged;
    clash.body = QStringLiteral("Ysgrifennwyd yma.");
    auto clashed = store.update(clash, *merged);
    REQUIRE_FALSE(clashed);
    CHECK(clashed.code() == FailureCode::conflict);
    CHECK((*store.find(base->id))->body == QStringLiteral("Ysgrifennwyd mewn ffenestr arall."));
}

TEST_CASE("The merge takes each side's changes field by field", "[reflections][merge]")
{
    Reflection base = sample();
    base.actions.first().id = QStringLiteral("a1");
    Reflection edited = base;
    Reflection stored = base;
    edited.title = QStringLiteral("Edited title");
    edited.tags.removeAll(QStringLiteral("visits"));
    edited.answers.insert(QStringLiteral("driscoll_so_what"), QStringLiteral("It matters."));
    stored.body = QStringLiteral("Stored body");
    stored.tags.append(QStringLiteral("gp"));
    stored.actions.first().done = true;
    Action added;
    added.id = QStringLiteral("a2");
    added.text = QStringLiteral("Added elsewhere");
    stored.actions.append(added);

    const auto result = ReflectionMerge::merge(base, edited, stored);
    CHECK_FALSE(result.hasConflicts());
    CHECK(result.merged.title == QStringLiteral("Edited title"));
    CHECK(result.merged.body == QStringLiteral("Stored body"));
    CHECK(result.merged.tags == QStringList{QStringLiteral("Safeguarding"), QStringLiteral("gp")});
    CHECK(result.merged.answers.value(QStringLiteral("driscoll_so_what")) == QStringLiteral("It matters."));
    REQUIRE(result.merged.actions.size() == 2);
    CHECK(result.merged.actions.at(0).done);
    CHECK(result.merged.actions.at(1).id == QStringLiteral("a2"));

    Reflection clash = edited;
    clash.body = QStringLiteral("Edited body");
    const auto clashed = ReflectionMerge::merge(base, clash, stored);
    CHECK(clashed.conflicts == QStringList{QStringLiteral("body")});
}

TEST_CASE("The trash keeps a reflection whole and gives it back", "[reflections][trash]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    Reflection r = sample();
    r.failure = FailurePlacement{};
    r.failure->reason = FailureReason::Uncertainty;
    r.failure->systemFactors = QStringLiteral("Rota changed at short notice.");
    auto added = store.add(r);
    REQUIRE(added);

    auto trashId = store.moveToTrash(added->id);
    REQUIRE(trashId);
    CHECK_FALSE((*store.find(added->id)).has_value());
    CHECK(*store.count() == 0);
    CHECK_FALSE(TagStore(*db).all()->contains(QStringLiteral("visits"))); // no tag in use any more
    auto items = TrashStore(*db).list();
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->first().title == added->title);
    CHECK(items->first().reflectionId == added->id);
    CHECK(items->first().date == added->date);

    auto restored = store.restoreFromTrash(*trashId);
    REQUIRE(restored);
    CHECK(ReflectionStore::sameContent(*restored, *added));
    CHECK(restored->id == added->id);
    CHECK(restored->actions.first().id == added->actions.first().id);
    CHECK(*TrashStore(*db).count() == 0);
    // The search index finds it again.
    ReflectionFilter search;
    search.text = QStringLiteral("Ymweliad");
    CHECK(*store.count(search) == 1);

    // Restoring twice is refused, and an old item can be purged.
    auto again = store.moveToTrash(added->id);
    REQUIRE(again);
    REQUIRE(store.add(*added)); // the same id came back another way (an import)
    auto refused = store.restoreFromTrash(*again);
    CHECK_FALSE(refused);
    CHECK(*TrashStore(*db).count() == 1);
    CHECK(*TrashStore(*db).purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-TrashStore::keepDays)) == 0);
    CHECK(*TrashStore(*db).purgeOlderThan(QDateTime::currentDateTimeUtc().addSecs(60)) == 1);
}

TEST_CASE("Transactions nest: an inner failure undoes only the inner part", "[storage][transaction]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    {
        ScopedTransaction outer(db->connection());
        REQUIRE(outer.begun());
        REQUIRE(store.add(sample()));
        Reflection bad = sample();
        bad.model = QStringLiteral("no_such_model");
        CHECK_FALSE(store.add(bad));
        {
            ScopedTransaction inner(db->connection());
            REQUIRE(inner.begun());
            REQUIRE(store.add(sample()));
            // not committed: rolled back to the savepoint
        }
        CHECK(*store.count() == 1);
        REQUIRE(outer.commit());
    }
    CHECK(*store.count() == 1);
    {
        ScopedTransaction outer(db->connection());
        REQUIRE(store.add(sample()));
        // the outer one is not committed: nothing stays
    }
    CHECK(*store.count() == 1);
    CHECK_FALSE(ScopedTransaction::isOpen(db->connection()));
}
