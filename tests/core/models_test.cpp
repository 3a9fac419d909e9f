#include "core/journal/reflectionstore.h"
#include "core/journal/systemscale.h"
#include "core/models/modelcatalog.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using myfyrio::test::TempJournal;
using namespace myfyrio;

namespace {

Reflection reflectionOn(const QString& date, const QString& title)
{
    Reflection r;
    r.title = title;
    r.date = QDate::fromString(date, Qt::ISODate);
    return r;
}

ReflectiveModel ownModel(const QString& english, const QString& welsh)
{
    ReflectiveModel model;
    model.name = {english, welsh};
    model.description = {QStringLiteral("Mine"), QStringLiteral("Fy un i")};
    ModelPrompt prompt;
    prompt.code = QStringLiteral("noticed");
    prompt.title = {QStringLiteral("What did I notice?"), QStringLiteral("Beth wnes i sylwi arno?")};
    prompt.guidance = {QStringLiteral("Small things count."), QStringLiteral("Mae pethau bach yn cyfrif.")};
    model.prompts.append(prompt);
    return model;
}

} // namespace

TEST_CASE("Every built-in model has complete Welsh and English text", "[models]")
{
    const QStringList expected = {QStringLiteral("free"),          QStringLiteral("gibbs"),
                                  QStringLiteral("driscoll"),      QStringLiteral("kolb"),
                                  QStringLiteral("schon"),         QStringLiteral("johns"),
                                  QStringLiteral("failure"),       QStringLiteral("learning_cycle"),
                                  QStringLiteral("annual_review"), QStringLiteral("supervision_prep")};
    const QVector<ReflectiveModel>& models = ModelCatalog::builtIns();
    QStringList codes;
    for (const ReflectiveModel& model : models)
        codes.append(model.code);
    CHECK(codes == expected);
    for (const ReflectiveModel& model : models) {
        INFO(model.code.toStdString());
        CHECK(model.builtIn);
        CHECK(model.name.isComplete());
        CHECK(model.description.isComplete());
        CHECK(model.name.en != model.name.cy);
        for (const ModelPrompt& prompt : model.prompts) {
            INFO(prompt.code.toStdString());
            CHECK(prompt.title.isComplete());
            CHECK(prompt.guidance.isComplete());
            for (auto it = prompt.byScale.constBegin(); it != prompt.byScale.constEnd(); ++it) {
                CHECK(SystemScale::isCode(it.key()));
                CHECK(it->title.isComplete());
                CHECK(it->guidance.isComplete());
            }
        }
        CHECK((model.code == QStringLiteral("free")) == model.prompts.isEmpty());
    }
    const ReflectiveModel* cycle = ModelCatalog::builtIn(QStringLiteral("learning_cycle"));
    REQUIRE(cycle);
    for (const QString& code : {QStringLiteral("learning_from"), QStringLiteral("enabling")}) {
        const ModelPrompt* prompt = cycle->prompt(code);
        REQUIRE(prompt);
        CHECK(prompt->byScale.keys()
              == QStringList({QStringLiteral("country"), QStringLiteral("organisation"), QStringLiteral("person"),
                              QStringLiteral("place")}));
        CHECK(prompt->titleAt(SystemScale::person()).en != prompt->titleAt(SystemScale::place()).en);
        CHECK(prompt->titleAt(QString()).en == prompt->title.en);
    }
    const ReflectiveModel* review = ModelCatalog::builtIn(QStringLiteral("annual_review"));
    REQUIRE(review);
    CHECK(review->hasLookBack());
    REQUIRE(review->prompt(QStringLiteral("year_next")));
    CHECK(review->prompt(QStringLiteral("year_next"))->lookBack);
}

TEST_CASE("A model round-trips through its JSON shape", "[models]")
{
    const ReflectiveModel* cycle = ModelCatalog::builtIn(QStringLiteral("learning_cycle"));
    REQUIRE(cycle);
    auto copy = ReflectiveModel::fromJson(cycle->toJson());
    REQUIRE(copy.ok());
    CHECK(copy->toJson() == cycle->toJson());
    ReflectiveModel broken = *cycle;
    broken.name.cy.clear();
    CHECK_FALSE(ReflectiveModel::validate(broken).isEmpty());
    broken = *cycle;
    broken.prompts[1].code = broken.prompts[0].code;
    CHECK_FALSE(ReflectiveModel::validate(broken).isEmpty());
}

TEST_CASE("Switching the model of a reflection keeps every answer", "[models]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    Reflection r = reflectionOn(QStringLiteral("2024-03-01"), QStringLiteral("Home visit"));
    r.model = QStringLiteral("gibbs");
    r.answers.insert(QStringLiteral("description"), QStringLiteral("The kitchen was cold."));
    r.answers.insert(QStringLiteral("feelings"), QStringLiteral("Anxious about the boiler."));
    auto added = store.add(r);
    REQUIRE(added.ok());

    Reflection switched = *added;
    switched.model = QStringLiteral("driscoll");
    switched.answers.insert(QStringLiteral("so_what"), QStringLiteral("Heating matters for wellbeing."));
    REQUIRE(store.update(switched).ok());

    auto found = store.find(added->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Reflection& loaded = **found;
    CHECK(loaded.model == QStringLiteral("driscoll"));
    CHECK(loaded.answers.size() == 3);
    CHECK(loaded.answers.value(QStringLiteral("description")) == QStringLiteral("The kitchen was cold."));
    CHECK(loaded.answers.value(QStringLiteral("feelings")) == QStringLiteral("Anxious about the boiler."));
    CHECK(loaded.answers.value(QStringLiteral("so_what")) == QStringLiteral("Heating matters for wellbeing."));

    SECTION("answers are found by full-text search, old and new")
    {
        ReflectionFilter filter;
        filter.text = QStringLiteral("boiler");
        CHECK(store.count(filter).value() == 1);
        filter.text = QStringLiteral("wellbeing");
        CHECK(store.count(filter).value() == 1);
        Reflection cleared = loaded;
        cleared.answers.remove(QStringLiteral("feelings"));
        REQUIRE(store.update(cleared).ok());
        filter.text = QStringLiteral("boiler");
        CHECK(store.count(filter).value() == 0);
        filter.text = QStringLiteral("kitchen");
        CHECK(store.count(filter).value() == 1);
    }
    SECTION("an unknown model is refused and nothing is written")
    {
        Reflection unknown = reflectionOn(QStringLiteral("2024-03-02"), QStringLiteral("Other"));
        unknown.model = QStringLiteral("no_such_model");
        auto refused = store.add(unknown);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("no_such_model")));
        CHECK(store.count().value() == 1);
    }
}

TEST_CASE("Reflections are filtered by system scale", "[models]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    Reflection place = reflectionOn(QStringLiteral("2024-03-01"), QStringLiteral("Town"));
    place.model = QStringLiteral("learning_cycle");
    place.scale = SystemScale::place();
    REQUIRE(store.add(place).ok());
    REQUIRE(store.add(reflectionOn(QStringLiteral("2024-03-02"), QStringLiteral("No scale"))).ok());
    Reflection bad = reflectionOn(QStringLiteral("2024-03-03"), QStringLiteral("Bad"));
    bad.scale = QStringLiteral("galaxy");
    CHECK_FALSE(store.add(bad).ok());

    ReflectionFilter filter;
    filter.scale = SystemScale::place();
    auto listed = store.listFull(filter);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).title == QStringLiteral("Town"));
    CHECK(listed->at(0).scale == SystemScale::place());
    filter.scale = SystemScale::person();
    CHECK(store.count(filter).value() == 0);
    CHECK(store.count().value() == 2);
}

TEST_CASE("The writer's own models survive reopening and can be edited duplicated and deleted", "[models]")
{
    TempJournal temp;
    QString code;
    {
        auto db = temp.open();
        auto created = ModelCatalog(*db).create(ownModel(QStringLiteral("Team huddle"), QStringLiteral("Cwtsh tîm")));
        REQUIRE(created.ok());
        code = created->code;
        CHECK(code == QStringLiteral("team_huddle"));
        // A second model with the same name gets a code of its own.
        auto twin = ModelCatalog(*db).create(ownModel(QStringLiteral("Team huddle"), QStringLiteral("Cwtsh tîm")));
        REQUIRE(twin.ok());
        CHECK(twin->code == QStringLiteral("team_huddle_2"));
    }
    auto db = temp.open();
    const ModelCatalog catalog(*db);
    auto found = catalog.find(code);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK_FALSE((*found)->builtIn);
    CHECK((*found)->name.cy == QStringLiteral("Cwtsh tîm"));
    REQUIRE((*found)->prompts.size() == 1);
    CHECK((*found)->prompts.at(0).guidance.cy == QStringLiteral("Mae pethau bach yn cyfrif."));
    CHECK(catalog.all().value().size() == ModelCatalog::builtIns().size() + 2);

    ReflectiveModel edited = **found;
    edited.name.en = QStringLiteral("Morning huddle");
    REQUIRE(catalog.update(edited).ok());
    CHECK(catalog.find(code).value()->name.en == QStringLiteral("Morning huddle"));

    ReflectiveModel gibbs = *ModelCatalog::builtIn(QStringLiteral("gibbs"));
    gibbs.name.en = QStringLiteral("Changed");
    CHECK_FALSE(catalog.update(gibbs).ok());
    CHECK_FALSE(catalog.remove(QStringLiteral("gibbs")).ok());

    auto copy = catalog.duplicate(QStringLiteral("gibbs"));
    REQUIRE(copy.ok());
    CHECK_FALSE(copy->builtIn);
    CHECK(copy->code != QStringLiteral("gibbs"));
    CHECK(copy->name.en.startsWith(ModelCatalog::builtIn(QStringLiteral("gibbs"))->name.en));
    CHECK(copy->name.en != ModelCatalog::builtIn(QStringLiteral("gibbs"))->name.en);
    CHECK(copy->name.cy.startsWith(ModelCatalog::builtIn(QStringLiteral("gibbs"))->name.cy));
    CHECK(copy->promptCodes() == ModelCatalog::builtIn(QStringLiteral("gibbs"))->promptCodes());

    SECTION("a model in use cannot be deleted out from under its reflections")
    {
        Reflection r = reflectionOn(QStringLiteral("2024-05-01"), QStringLiteral("Huddle"));
        r.model = code;
        r.answers.insert(QStringLiteral("noticed"), QStringLiteral("Everyone spoke."));
        auto added = ReflectionStore(*db).add(r);
        REQUIRE(added.ok());
        auto refused = catalog.remove(code);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("Morning huddle")));
        CHECK(catalog.find(code).value().has_value());
        // Not even SQL can take it away.
        CHECK_FALSE(sql::run(db->connection(), QStringLiteral("DELETE FROM reflective_model WHERE code = :code"),
                             {{QStringLiteral("code"), code}})
                        .ok());
        Reflection moved = *added;
        moved.model = QStringLiteral("free");
        REQUIRE(ReflectionStore(*db).update(moved).ok());
        CHECK(catalog.remove(code).ok());
        CHECK_FALSE(catalog.find(code).value().has_value());
        // The answer stays with the reflection.
        CHECK(ReflectionStore(*db).find(added->id).value()->answers.value(QStringLiteral("noticed"))
              == QStringLiteral("Everyone spoke."));
    }
    SECTION("a model with a name missing in one language is refused")
    {
        CHECK_FALSE(catalog.create(ownModel(QStringLiteral("Only English"), QString())).ok());
    }
}
