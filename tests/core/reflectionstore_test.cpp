#include "core/journal/reflectionstore.h"
#include "core/journal/tagstore.h"
#include "core/search/ftsquery.h"
#include "core/util/collation.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

Reflection make(const QString& title, QDate date, QStringList tags = {}, const QString& body = {})
{
    Reflection r;
    r.title = title;
    r.date = date;
    r.tags = std::move(tags);
    r.body = body;
    return r;
}

QStringList titlesOf(const QVector<ReflectionSummary>& rows)
{
    QStringList titles;
    for (const auto& row : rows)
        titles << row.title;
    return titles;
}

} // namespace

TEST_CASE("Reflections are created, read, updated and deleted", "[reflections]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);

    Reflection draft = make(QStringLiteral("Home visit"), QDate(2024, 2, 29), {QStringLiteral("visits")},
                            QStringLiteral("Went well."));
    draft.language = QStringLiteral("cy");
    draft.bringToSupervision = true;
    auto added = store.add(draft);
    REQUIRE(added.ok());
    CHECK_FALSE(added->id.isEmpty());
    CHECK(added->created.isValid());
    CHECK(added->created.timeSpec() == Qt::UTC);

    auto found = store.find(added->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Reflection& stored = **found;
    CHECK(stored.title == QStringLiteral("Home visit"));
    CHECK(stored.date == QDate(2024, 2, 29));
    CHECK(stored.tags == QStringList{QStringLiteral("visits")});
    CHECK(stored.language == QStringLiteral("cy"));
    CHECK(stored.bringToSupervision);
    CHECK(stored.created == added->created);

    Reflection changed = stored;
    changed.title = QStringLiteral("Home visit, revisited");
    changed.bringToSupervision = false;
    changed.tags = {QStringLiteral("reflection")};
    auto updated = store.update(changed);
    REQUIRE(updated.ok());
    CHECK(updated->updated >= stored.updated);
    auto reread = store.find(added->id);
    REQUIRE(reread->has_value());
    CHECK((*reread)->title == QStringLiteral("Home visit, revisited"));
    CHECK_FALSE((*reread)->bringToSupervision);
    CHECK((*reread)->tags == QStringList{QStringLiteral("reflection")});
    auto allTags = TagStore(*db).all();
    REQUIRE(allTags.ok());
    CHECK(*allTags == QStringList{QStringLiteral("reflection")}); // "visits" is no longer used

    REQUIRE(store.remove(added->id).ok());
    auto gone = store.find(added->id);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    CHECK(*store.count() == 0);
}

TEST_CASE("A reflection without a valid date or language is refused", "[reflections]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    CHECK_FALSE(store.add(make(QStringLiteral("No date"), QDate())).ok());
    Reflection foreign = make(QStringLiteral("French"), QDate(2024, 1, 1));
    foreign.language = QStringLiteral("fr");
    CHECK_FALSE(store.add(foreign).ok());
    CHECK(*store.count() == 0);
}

TEST_CASE("Tags are unique ignoring case and keep their first spelling", "[reflections][tags]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    auto first = store.add(make(QStringLiteral("One"), QDate(2024, 1, 1),
                                {QStringLiteral("Safeguarding"), QStringLiteral("safeguarding "), QStringLiteral("  "),
                                 QStringLiteral("Llesiant")}));
    REQUIRE(first.ok());
    CHECK(first->tags == QStringList{QStringLiteral("Safeguarding"), QStringLiteral("Llesiant")});
    REQUIRE(store.add(make(QStringLiteral("Two"), QDate(2024, 1, 2), {QStringLiteral("SAFEGUARDING")})).ok());

    auto tags = TagStore(*db).all();
    REQUIRE(tags.ok());
    CHECK(sortedForDisplay(*tags) == QStringList{QStringLiteral("Llesiant"), QStringLiteral("Safeguarding")});

    ReflectionFilter byTag;
    byTag.tag = QStringLiteral("safeguarding");
    auto tagged = store.list(byTag);
    REQUIRE(tagged.ok());
    CHECK(titlesOf(*tagged) == QStringList{QStringLiteral("Two"), QStringLiteral("One")});
    auto second = store.find(tagged->at(0).id);
    CHECK((*second)->tags == QStringList{QStringLiteral("Safeguarding")});
}

TEST_CASE("Lists are newest first by the date written about, then by when written", "[reflections]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    REQUIRE(store.add(make(QStringLiteral("March, early"), QDate(2024, 3, 1))).ok());
    REQUIRE(store.add(make(QStringLiteral("Backdated January"), QDate(2024, 1, 15))).ok());
    REQUIRE(store.add(make(QStringLiteral("March, later the same day"), QDate(2024, 3, 1))).ok());
    REQUIRE(store.add(make(QStringLiteral("April"), QDate(2024, 4, 2))).ok());

    auto all = store.list();
    REQUIRE(all.ok());
    CHECK(titlesOf(*all)
          == QStringList{QStringLiteral("April"), QStringLiteral("March, later the same day"),
                         QStringLiteral("March, early"), QStringLiteral("Backdated January")});

    auto page = store.list({}, 2, 1);
    REQUIRE(page.ok());
    CHECK(titlesOf(*page) == QStringList{QStringLiteral("March, later the same day"), QStringLiteral("March, early")});

    auto months = store.months();
    REQUIRE(months.ok());
    REQUIRE(months->size() == 3);
    CHECK(months->at(0).month == QDate(2024, 4, 1));
    CHECK(months->at(1).month == QDate(2024, 3, 1));
    CHECK(months->at(1).count == 2);
    CHECK(months->at(2).month == QDate(2024, 1, 1));

    ReflectionFilter march;
    march.from = QDate(2024, 3, 1);
    march.to = QDate(2024, 3, 31);
    CHECK(*store.count(march) == 2);
}

TEST_CASE("Full-text search finds words in titles, bodies and tags, with marked snippets", "[reflections][search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    REQUIRE(store
                .add(make(QStringLiteral("Difficult call"), QDate(2024, 5, 1), {QStringLiteral("telephone")},
                          QStringLiteral("The family was angry about the care plan.")))
                .ok());
    REQUIRE(
        store.add(make(QStringLiteral("Team meeting"), QDate(2024, 5, 2), {}, QStringLiteral("We agreed a new rota.")))
            .ok());

    ReflectionFilter filter;
    filter.text = QStringLiteral("care");
    auto hits = store.list(filter);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).title == QStringLiteral("Difficult call"));
    CHECK(snippetToHtml(hits->at(0).snippet).contains(QStringLiteral("<b>care</b>")));

    filter.text = QStringLiteral("telephone");
    CHECK(titlesOf(*store.list(filter)) == QStringList{QStringLiteral("Difficult call")});

    filter.text = QStringLiteral("rota \"AND OR( NEAR");
    auto odd = store.list(filter); // FTS syntax typed by a person is taken literally
    REQUIRE(odd.ok());
    CHECK(odd->isEmpty());

    filter.text = QStringLiteral("agreed rota");
    CHECK(titlesOf(*store.list(filter)) == QStringList{QStringLiteral("Team meeting")});

    // The index follows edits and deletions.
    auto team = store.list(filter)->at(0);
    auto meeting = **store.find(team.id);
    meeting.body = QStringLiteral("Nothing about shifts.");
    REQUIRE(store.update(meeting).ok());
    CHECK(store.list(filter)->isEmpty());
    filter.text = QStringLiteral("shifts");
    CHECK(store.list(filter)->size() == 1);
    REQUIRE(store.remove(team.id).ok());
    CHECK(store.list(filter)->isEmpty());
}

TEST_CASE("Tags sort by the interface language's rules", "[tags]")
{
    const QStringList tags{QStringLiteral("zebra"), QStringLiteral("Afal"), QStringLiteral("banana")};
    CHECK(sortedForDisplay(tags, QLocale(QLocale::English))
          == QStringList{QStringLiteral("Afal"), QStringLiteral("banana"), QStringLiteral("zebra")});
}

TEST_CASE("Typed text becomes a safe prefix query", "[search]")
{
    CHECK(
        ftsExpression(SearchQuery::parse(QStringLiteral("dŵr oer")).clauses(), WordForms::Exact, QStringLiteral("AND"))
        == QStringLiteral("(\"dŵr\"*) AND (\"oer\"*)"));
    CHECK(SearchQuery::parse(QStringLiteral("  \"*(  ")).isEmpty());
    CHECK(snippetToHtml(QStringLiteral("a <b> ") + snippetMarkStart + QStringLiteral("x") + snippetMarkEnd)
          == QStringLiteral("a &lt;b&gt; <b>x</b>"));
}
