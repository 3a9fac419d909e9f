#include "core/journal/reflectionstore.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using myfyrio::test::TempJournal;
using namespace myfyrio;

namespace {

// The last schema version before reflective models, answers and actions came in.
constexpr int versionBeforeGuidedReflections = 3;

void exec(const Database& db, const QString& statement)
{
    auto done = sql::run(db.connection(), statement);
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
}

} // namespace

TEST_CASE("A journal from before reflective models migrates with nothing lost", "[models][migration]")
{
    // From the foundation's own schema, and from the step just before this one.
    const int from = GENERATE(1, versionBeforeGuidedReflections);
    INFO("from schema version " << from);
    TempJournal temp;
    {
        auto old = Database::openAtVersion(temp.path(), from);
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        const Database& db = **old;
        exec(db, QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body, lang,"
                                " bring_to_supervision) VALUES ('r-1', 'Ymweliad â''r cartref', '2023-05-04',"
                                " '2023-05-04T10:00:00.000Z', '2023-05-04T10:00:00.000Z', 'Roedd y dŵr yn oer.',"
                                " 'cy', 1)"));
        exec(db, QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body)"
                                " VALUES ('r-2', 'Team day', '2023-06-01', '2023-06-01T09:00:00.000Z',"
                                " '2023-06-01T09:00:00.000Z', 'Planning')"));
        exec(db, QStringLiteral("INSERT INTO tag (id, name, folded) VALUES ('t-1', 'Safeguarding', 'safeguarding')"));
        exec(db, QStringLiteral("INSERT INTO reflection_tag (reflection_id, tag_id) VALUES ('r-1', 't-1')"));
    }

    auto db = temp.open();
    CHECK(db->schemaVersion() >= versionBeforeGuidedReflections + 1);
    const ReflectionStore store(*db);
    auto found = store.find(QStringLiteral("r-1"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Reflection& r = **found;
    CHECK(r.title == QStringLiteral("Ymweliad â'r cartref"));
    CHECK(r.body == QStringLiteral("Roedd y dŵr yn oer."));
    CHECK(r.language == QStringLiteral("cy"));
    CHECK(r.bringToSupervision);
    CHECK(r.date == QDate(2023, 5, 4));
    CHECK(r.tags == QStringList{QStringLiteral("Safeguarding")});
    CHECK(r.model == QStringLiteral("free"));
    CHECK(r.answers.isEmpty());
    CHECK(r.scale.isEmpty());
    CHECK(r.actions.isEmpty());
    CHECK_FALSE(r.dontResurface);
    CHECK(store.count().value() == 2);

    // The rebuilt search index still finds titles, bodies (accents ignored) and tags…
    ReflectionFilter filter;
    filter.text = QStringLiteral("dwr");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("safeguarding");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("team");
    CHECK(store.count(filter).value() == 1);

    // …and now answers too.
    Reflection guided = r;
    guided.model = QStringLiteral("driscoll");
    guided.answers.insert(QStringLiteral("now_what"), QStringLiteral("Gofyn am gyngor gan y goruchwyliwr"));
    guided.tags.append(QStringLiteral("Tai"));
    REQUIRE(store.update(guided).ok());
    filter.text = QStringLiteral("goruchwyliwr");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("tai");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("dwr");
    CHECK(store.count(filter).value() == 1);
}
