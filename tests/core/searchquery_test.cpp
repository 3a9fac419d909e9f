#include "core/search/ftsquery.h"
#include "core/search/searchquery.h"
#include "tests/support/catch.h"

using namespace myfyrio;

namespace {

QStringList L(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

/// The clauses as text: "a|b" for OR, "-x" for excluded, quotes for phrases.
QStringList shape(const SearchQuery& query)
{
    QStringList result;
    for (const SearchClause& clause : query.clauses()) {
        QStringList terms;
        for (const SearchTerm& term : clause.anyOf) {
            const QString words = term.words.join(QLatin1Char(' '));
            terms << (term.phrase ? QLatin1Char('"') + words + QLatin1Char('"') : words);
        }
        result << (clause.excluded ? QStringLiteral("-") : QString()) + terms.join(QLatin1Char('|'));
    }
    return result;
}

} // namespace

TEST_CASE("The query language: words, phrases, OR and exclusion", "[search][query]")
{
    CHECK(shape(SearchQuery::parse(QStringLiteral("Home visit"))) == L({"home", "visit"}));
    CHECK(shape(SearchQuery::parse(QStringLiteral("\"home visit\" rota"))) == L({"\"home visit\"", "rota"}));
    CHECK(shape(SearchQuery::parse(QStringLiteral("rota OR shifts team"))) == L({"rota|shifts", "team"}));
    CHECK(shape(SearchQuery::parse(QStringLiteral("tref NEU dinas"))) == L({"tref|dinas"}));
    CHECK(shape(SearchQuery::parse(QStringLiteral("visit -car -\"night shift\"")))
          == L({"visit", "-car", "-\"night shift\""}));
    // "or" in lower case is a word; a hyphen inside a word is not a minus.
    CHECK(shape(SearchQuery::parse(QStringLiteral("this or that e-bost"))) == L({"this", "or", "that", "\"e bost\""}));
}

TEST_CASE("The query language: keys", "[search][query]")
{
    const SearchQuery query =
        SearchQuery::parse(QStringLiteral("tag:visits tag:\"night shift\" lang:cy after:2024-01-01 before:2024-03-01 "
                                          "reason:inattention type:Basic visit"));
    CHECK(query.problems().isEmpty());
    CHECK(query.tags() == L({"visits", "night shift"}));
    CHECK(query.languages() == L({"cy"}));
    CHECK(query.after() == QDate(2024, 1, 1));
    CHECK(query.before() == QDate(2024, 3, 1));
    CHECK(query.reasons() == L({"inattention"}));
    CHECK(query.types() == L({"basic"}));
    CHECK(shape(query) == L({"visit"}));
    // The Welsh names of the keys.
    const SearchQuery welsh =
        SearchQuery::parse(QStringLiteral("iaith:en wedi:2024-02-01 cyn:2024-02-10 math:complex"));
    CHECK(welsh.problems().isEmpty());
    CHECK(welsh.languages() == L({"en"}));
    CHECK(welsh.after() == QDate(2024, 2, 1));
    CHECK(welsh.before() == QDate(2024, 2, 10));
    CHECK(welsh.types() == L({"complex"}));
    // Unknown keys are words.
    CHECK(shape(SearchQuery::parse(QStringLiteral("nodyn:pwysig 10:30"))) == L({"\"nodyn pwysig\"", "\"10 30\""}));
}

TEST_CASE("Keys with values that cannot be used are left out, with a reason", "[search][query]")
{
    const SearchQuery query =
        SearchQuery::parse(QStringLiteral("after:2024-13-01 before:yesterday lang:fr reason:bad type:odd tag: -tag:x"));
    CHECK(query.problems().size() == 7);
    CHECK(query.isEmpty());
    CHECK(query.problems().constFirst().contains(QStringLiteral("2024-13-01")));
}

TEST_CASE("Hostile input is read sensibly", "[search][query]")
{
    // An unclosed quote runs to the end.
    CHECK(shape(SearchQuery::parse(QStringLiteral("visit \"night shift"))) == L({"visit", "\"night shift\""}));
    // A lone minus, a lone OR, operators alone: nothing.
    CHECK(SearchQuery::parse(QStringLiteral("-")).isEmpty());
    CHECK(SearchQuery::parse(QStringLiteral("OR OR -")).isEmpty());
    CHECK(shape(SearchQuery::parse(QStringLiteral("OR visit OR"))) == L({"visit"}));
    // FTS5 syntax is plain text: NEAR, AND, NOT, *, ^, :, ( ) and column filters.
    const SearchQuery fts = SearchQuery::parse(QStringLiteral("NEAR(a b) title:x ^start* {body}: NOT AND"));
    const QString expression = ftsExpression(fts.clauses(), WordForms::Mutations, QStringLiteral("AND"));
    for (const QString& part : expression.split(QStringLiteral(" AND "))) {
        INFO(part.toStdString());
        CHECK(part.startsWith(QStringLiteral("(\"")));
    }
    CHECK(SearchQuery::parse(QStringLiteral("\"\" () * ^ : {} -- \"")).isEmpty());
    // Huge input is cut, and says so.
    const SearchQuery huge = SearchQuery::parse(QString(100000, QLatin1Char('a')) + QStringLiteral(" b"));
    CHECK(huge.clauses().size() == 1);
    CHECK(huge.problems().size() == 1);
    QStringList many;
    for (int i = 0; i < 100; ++i)
        many << QStringLiteral("w%1").arg(i);
    const SearchQuery tooMany = SearchQuery::parse(many.join(QLatin1Char(' ')));
    CHECK(tooMany.clauses().size() == SearchQuery::maximumClauses);
    CHECK(tooMany.problems().size() == 1);
}

TEST_CASE("A search is Welsh when it says so or its words can only be Welsh", "[search][query]")
{
    CHECK(SearchQuery::parse(QStringLiteral("lang:cy bad")).isWelsh());
    CHECK(SearchQuery::parse(QStringLiteral("nhref")).isWelsh());
    CHECK_FALSE(SearchQuery::parse(QStringLiteral("bad tref")).isWelsh());
    CHECK_FALSE(SearchQuery::parse(QStringLiteral("lang:cy lang:en bad")).isWelsh());
}
