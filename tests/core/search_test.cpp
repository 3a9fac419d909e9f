#include "core/failure/failureplacement.h"
#include "core/journal/reflectionstore.h"
#include "core/search/searchmatcher.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

Reflection entry(const QString& title, const QString& body, const QString& language, QDate date = QDate(2024, 3, 1))
{
    Reflection r;
    r.title = title;
    r.body = body;
    r.language = language;
    r.date = date;
    return r;
}

QStringList titles(const ReflectionStore& store, const QString& text, bool best = false)
{
    ReflectionFilter filter;
    filter.text = text;
    filter.bestMatchFirst = best;
    auto rows = store.list(filter);
    REQUIRE(rows);
    QStringList result;
    for (const ReflectionSummary& row : *rows)
        result << row.title;
    return result;
}

} // namespace

TEST_CASE("A search word finds its mutated forms in Welsh reflections", "[search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    // Twenty mutated forms, each the only one in its reflection, as a Welsh writer would meet them.
    const QList<QPair<const char*, const char*>> forms = {
        {"tref", "i dref"},        {"tref", "fy nhref"},     {"tref", "a thref"},     {"bachgen", "y fachgen"},
        {"bachgen", "fy machgen"}, {"bangor", "i Fangor"},   {"bangor", "ym Mangor"}, {"cath", "ei gath"},
        {"cath", "fy nghath"},     {"cath", "ei chath"},     {"pen", "ei ben"},       {"pen", "fy mhen"},
        {"pen", "ei phen"},        {"dydd", "ar ddydd Sul"}, {"gardd", "yr ardd"},    {"gardd", "fy ngardd"},
        {"llyfr", "y lyfr"},       {"mam", "ei fam"},        {"rhaglen", "y raglen"}, {"enw", "ei henw"},
    };
    for (int i = 0; i < forms.size(); ++i)
        REQUIRE(
            store.add(entry(QStringLiteral("cy%1").arg(i), QString::fromUtf8(forms[i].second), QStringLiteral("cy"))));
    for (int i = 0; i < forms.size(); ++i) {
        INFO(std::string(forms[i].first) + " → " + forms[i].second);
        CHECK(titles(store, QString::fromUtf8(forms[i].first)).contains(QStringLiteral("cy%1").arg(i)));
    }
    // A mutated search word finds its radical, and accents are still folded.
    REQUIRE(store.add(entry(QStringLiteral("radical"), QStringLiteral("Canol y dref a'r tref"), QStringLiteral("cy"))));
    CHECK(titles(store, QStringLiteral("nhref")).contains(QStringLiteral("cy0")));
    REQUIRE(store.add(entry(QStringLiteral("water"), QStringLiteral("Dim ddŵr yn y tŷ"), QStringLiteral("cy"))));
    CHECK(titles(store, QStringLiteral("dwr")) == QStringList{QStringLiteral("water")});
}

TEST_CASE("English reflections are not flooded by mutations", "[search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    REQUIRE(store.add(entry(QStringLiteral("en mad"), QStringLiteral("A mad rush on the ward"), QStringLiteral("en"))));
    REQUIRE(store.add(entry(QStringLiteral("en bad"), QStringLiteral("A bad day"), QStringLiteral("en"))));
    REQUIRE(store.add(entry(QStringLiteral("cy fad"), QStringLiteral("Roedd e'n fad"), QStringLiteral("cy"))));
    // "bad" finds "bad" in English, and its mutations only in Welsh.
    CHECK(titles(store, QStringLiteral("bad")) == QStringList{QStringLiteral("cy fad"), QStringLiteral("en bad")});
    // A search that can only be Welsh expands everywhere.
    REQUIRE(store.add(entry(QStringLiteral("en nhref"), QStringLiteral("Notes on tref names"), QStringLiteral("en"))));
    CHECK(titles(store, QStringLiteral("nhref")).contains(QStringLiteral("en nhref")));
    // Exclusions follow the same rule: "-bad" leaves out the Welsh "fad" and the English "bad", not "mad".
    CHECK(titles(store, QStringLiteral("a -bad")) == QStringList{QStringLiteral("en mad")});
}

TEST_CASE("The exact form is the best match", "[search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    // The mutated form is newer, so newest first puts it first; best first does not.
    REQUIRE(store.add(
        entry(QStringLiteral("exact"), QStringLiteral("Canol y tref"), QStringLiteral("cy"), QDate(2024, 1, 1))));
    REQUIRE(store.add(
        entry(QStringLiteral("mutated"), QStringLiteral("Canol y dref"), QStringLiteral("cy"), QDate(2024, 2, 1))));
    CHECK(titles(store, QStringLiteral("tref")) == QStringList{QStringLiteral("mutated"), QStringLiteral("exact")});
    CHECK(titles(store, QStringLiteral("tref"), true)
          == QStringList{QStringLiteral("exact"), QStringLiteral("mutated")});
    ReflectionFilter filter;
    filter.text = QStringLiteral("tref");
    filter.bestMatchFirst = true;
    auto first = store.list(filter, 1);
    REQUIRE(first);
    REQUIRE(first->size() == 1);
    CHECK(first->constFirst().title == QStringLiteral("exact"));
}

TEST_CASE("Search keys narrow the list with bound values", "[search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    Reflection a = entry(QStringLiteral("a"), QStringLiteral("rota change"), QStringLiteral("en"), QDate(2024, 1, 10));
    a.tags = {QStringLiteral("Night shift"), QStringLiteral("team")};
    FailurePlacement placement;
    placement.reason = FailureReason::Inattention;
    placement.chosenType = FailureType::Basic;
    a.failure = placement;
    Reflection b = entry(QStringLiteral("b"), QStringLiteral("rota meeting"), QStringLiteral("cy"), QDate(2024, 2, 10));
    b.tags = {QStringLiteral("team")};
    Reflection c = entry(QStringLiteral("c"), QStringLiteral("home visit"), QStringLiteral("en"), QDate(2024, 3, 10));
    REQUIRE(store.add(a));
    REQUIRE(store.add(b));
    REQUIRE(store.add(c));
    CHECK(titles(store, QStringLiteral("tag:team")) == QStringList{QStringLiteral("b"), QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("tag:\"night shift\" tag:team")) == QStringList{QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("lang:cy")) == QStringList{QStringLiteral("b")});
    CHECK(titles(store, QStringLiteral("after:2024-02-10")) == QStringList{QStringLiteral("c"), QStringLiteral("b")});
    CHECK(titles(store, QStringLiteral("before:2024-02-10")) == QStringList{QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("reason:inattention")) == QStringList{QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("type:basic rota")) == QStringList{QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("rota -meeting")) == QStringList{QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("-rota")) == QStringList{QStringLiteral("c")});
    CHECK(titles(store, QStringLiteral("change OR visit")) == QStringList{QStringLiteral("c"), QStringLiteral("a")});
    CHECK(titles(store, QStringLiteral("\"rota meeting\"")) == QStringList{QStringLiteral("b")});
}

TEST_CASE("Hostile searches never reach SQLite as syntax", "[search]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    REQUIRE(store.add(entry(QStringLiteral("a"), QStringLiteral("near the title and more"), QStringLiteral("en"))));
    for (const QString& text :
         {QStringLiteral("\"unclosed"), QStringLiteral("-"), QStringLiteral("OR"), QStringLiteral("NEAR(a b)"),
          QStringLiteral("title:near"), QStringLiteral("*"), QStringLiteral("^near"), QStringLiteral("a\"b\"c"),
          QStringLiteral("'; DROP TABLE reflection; --"), QStringLiteral("after:not-a-date"),
          QString(50000, QLatin1Char('x')), QStringLiteral("- - - OR OR \"\"")}) {
        INFO(text.left(60).toStdString());
        ReflectionFilter filter;
        filter.text = text;
        filter.bestMatchFirst = true;
        CHECK(store.list(filter));
        CHECK(store.count(filter));
        CHECK(store.months(filter));
    }
    CHECK(titles(store, QStringLiteral("(near) title* AND")) == QStringList{QStringLiteral("a")});
}

TEST_CASE("Matches are found in the text as the index finds them", "[search]")
{
    const QString text = QStringLiteral("Yn y dref, ger Nhref a'r tref; dŵr oer. Ar ddydd Sul y bad.");
    const auto marked = [&text](const QString& search, bool welsh) {
        QStringList words;
        for (const SearchMatcher::Match& match : SearchMatcher(SearchQuery::parse(search), welsh).matches(text))
            words << text.mid(match.start, match.length);
        return words;
    };
    CHECK(marked(QStringLiteral("tref"), true)
          == QStringList{QStringLiteral("dref"), QStringLiteral("Nhref"), QStringLiteral("tref")});
    CHECK(marked(QStringLiteral("tref"), false) == QStringList{QStringLiteral("tref")});
    CHECK(marked(QStringLiteral("dwr"), false) == QStringList{QStringLiteral("dŵr")});
    CHECK(marked(QStringLiteral("\"ddydd sul\" -bad"), true) == QStringList{QStringLiteral("ddydd Sul")});
    CHECK(marked(QStringLiteral("tag:x"), true).isEmpty());
}
