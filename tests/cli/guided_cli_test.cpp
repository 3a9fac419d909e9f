#include "core/journal/actionstore.h"
#include "core/models/modelcatalog.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using myfyrio::test::TempJournal;

namespace {

using GuidedRun = myfyrio::test::CliRun;

GuidedRun runGuided(const QString& database, const QStringList& arguments)
{
    return myfyrio::test::runCli(database, arguments);
}

QJsonArray jsonOf(const QString& database, const QStringList& command)
{
    const QJsonDocument doc = myfyrio::test::runJson(database, command);
    REQUIRE(doc.isArray());
    return doc.array();
}

QStringList addArgs(const QString& title, const QStringList& more)
{
    return QStringList{QStringLiteral("add"), QStringLiteral("--title"), title, QStringLiteral("--body"),
                       QStringLiteral("Body")}
           + more;
}

} // namespace

TEST_CASE("models lists the built-in models with their bilingual prompts", "[cli][models]")
{
    TempJournal temp;
    const QJsonArray models = jsonOf(temp.path(), {QStringLiteral("models")});
    CHECK_FALSE(QFileInfo::exists(temp.path()));
    REQUIRE(models.size() == 10);
    const QJsonObject gibbs = models.at(1).toObject();
    CHECK(gibbs.value(QStringLiteral("code")).toString() == QStringLiteral("gibbs"));
    CHECK(gibbs.value(QStringLiteral("builtIn")).toBool());
    CHECK_FALSE(gibbs.value(QStringLiteral("name")).toObject().value(QStringLiteral("cy")).toString().isEmpty());
    const QJsonArray prompts = gibbs.value(QStringLiteral("prompts")).toArray();
    REQUIRE(prompts.size() == 6);
    const QJsonObject first = prompts.at(0).toObject();
    CHECK(first.value(QStringLiteral("code")).toString() == QStringLiteral("description"));
    CHECK_FALSE(first.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString().isEmpty());
    CHECK_FALSE(first.value(QStringLiteral("guidance")).toObject().value(QStringLiteral("cy")).toString().isEmpty());

    // The writer's own models follow, marked as not built in.
    {
        auto db = temp.open();
        myfyrio::ReflectiveModel own = *myfyrio::ModelCatalog::builtIn(QStringLiteral("driscoll"));
        own.code = QStringLiteral("my_model");
        REQUIRE(myfyrio::ModelCatalog(*db).create(own).ok());
    }
    const QJsonArray withOwn = jsonOf(temp.path(), {QStringLiteral("models")});
    REQUIRE(withOwn.size() == 11);
    CHECK(withOwn.at(10).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("my_model"));
    CHECK_FALSE(withOwn.at(10).toObject().value(QStringLiteral("builtIn")).toBool());

    // A reflection can follow the writer's own model.
    const GuidedRun added = runGuided(
        temp.path(), addArgs(QStringLiteral("Own"), {QStringLiteral("--model"), QStringLiteral("my_model"),
                                                     QStringLiteral("--answer"), QStringLiteral("what=Mine")}));
    INFO(added.err.toStdString());
    CHECK(added.code == 0);
}

TEST_CASE("add stores model answers scale and actions that list shows", "[cli][models]")
{
    TempJournal temp;
    const GuidedRun added = runGuided(
        temp.path(),
        addArgs(QStringLiteral("Home visit"),
                {QStringLiteral("--date"), QStringLiteral("2024-03-01"), QStringLiteral("--model"),
                 QStringLiteral("learning_cycle"), QStringLiteral("--answer"),
                 QStringLiteral("learning=Families want one contact"), QStringLiteral("--answer"),
                 QStringLiteral("enabling=Smaller case loads = more time"), QStringLiteral("--scale"),
                 QStringLiteral("place"), QStringLiteral("--action"), QStringLiteral("Ring the GP@2024-03-08"),
                 QStringLiteral("--action"), QStringLiteral("Email sam@example.org")}));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QString id = added.out.trimmed();

    const QJsonArray all = jsonOf(temp.path(), {QStringLiteral("list")});
    REQUIRE(all.size() == 1);
    const QJsonObject r = all.at(0).toObject();
    CHECK(r.value(QStringLiteral("model")).toString() == QStringLiteral("learning_cycle"));
    CHECK(r.value(QStringLiteral("scale")).toString() == QStringLiteral("place"));
    const QJsonObject answers = r.value(QStringLiteral("answers")).toObject();
    CHECK(answers.size() == 2);
    CHECK(answers.value(QStringLiteral("learning")).toString() == QStringLiteral("Families want one contact"));
    CHECK(answers.value(QStringLiteral("enabling")).toString() == QStringLiteral("Smaller case loads = more time"));
    const QJsonArray actions = r.value(QStringLiteral("actions")).toArray();
    REQUIRE(actions.size() == 2);
    CHECK(actions.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Ring the GP"));
    CHECK(actions.at(0).toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2024-03-08"));
    CHECK_FALSE(actions.at(0).toObject().value(QStringLiteral("done")).toBool());
    CHECK(actions.at(1).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Email sam@example.org"));
    CHECK(actions.at(1).toObject().value(QStringLiteral("due")).isNull());

    // Answers are searched.
    CHECK(jsonOf(temp.path(), {QStringLiteral("search"), QStringLiteral("families")}).size() == 1);
    // And the journal can be narrowed by scale.
    CHECK(jsonOf(temp.path(), {QStringLiteral("list"), QStringLiteral("--scale"), QStringLiteral("place")}).size()
          == 1);
    CHECK(jsonOf(temp.path(), {QStringLiteral("list"), QStringLiteral("--scale"), QStringLiteral("person")}).isEmpty());

    SECTION("actions lists open actions and --all the done ones too")
    {
        const QJsonArray open = jsonOf(temp.path(), {QStringLiteral("actions")});
        REQUIRE(open.size() == 2);
        const QJsonObject overdue = open.at(0).toObject();
        CHECK(overdue.value(QStringLiteral("text")).toString() == QStringLiteral("Ring the GP"));
        CHECK(overdue.value(QStringLiteral("due")).toString() == QStringLiteral("2024-03-08"));
        CHECK(overdue.value(QStringLiteral("status")).toString() == QStringLiteral("overdue"));
        CHECK(overdue.value(QStringLiteral("reflectionId")).toString() == id);
        CHECK_FALSE(overdue.value(QStringLiteral("done")).toBool());
        {
            auto db = temp.open();
            REQUIRE(myfyrio::ActionStore(*db).setDone(overdue.value(QStringLiteral("id")).toString(), true).ok());
        }
        CHECK(jsonOf(temp.path(), {QStringLiteral("actions")}).size() == 1);
        const QJsonArray everything = jsonOf(temp.path(), {QStringLiteral("actions"), QStringLiteral("--all")});
        REQUIRE(everything.size() == 2);
        CHECK(everything.at(1).toObject().value(QStringLiteral("done")).toBool());
        const GuidedRun text = runGuided(temp.path(), {QStringLiteral("actions")});
        CHECK(text.code == 0);
        CHECK(text.out.contains(QStringLiteral("Email sam@example.org")));
    }
}

TEST_CASE("Guided options that are wrong exit non-zero and write nothing", "[cli][models]")
{
    TempJournal temp;
    const QList<QStringList> mistakes = {
        {QStringLiteral("--model"), QStringLiteral("no_such_model")},
        {QStringLiteral("--model"), QStringLiteral("gibbs"), QStringLiteral("--answer"), QStringLiteral("nope=x")},
        {QStringLiteral("--answer"), QStringLiteral("what=free writing has no prompts")},
        {QStringLiteral("--model"), QStringLiteral("gibbs"), QStringLiteral("--answer"), QStringLiteral("no equals")},
        {QStringLiteral("--model"), QStringLiteral("driscoll"), QStringLiteral("--answer"), QStringLiteral("what=a"),
         QStringLiteral("--answer"), QStringLiteral("what=b")},
        {QStringLiteral("--scale"), QStringLiteral("galaxy")},
        {QStringLiteral("--action"), QStringLiteral("Ring@2024-02-30")},
        {QStringLiteral("--action"), QStringLiteral("@2024-03-01")},
    };
    SECTION("without a journal, none is created")
    {
        for (const QStringList& mistake : mistakes) {
            INFO(mistake.join(QLatin1Char(' ')).toStdString());
            const GuidedRun run = runGuided(temp.path(), addArgs(QStringLiteral("Wrong"), mistake));
            CHECK(run.code != 0);
            CHECK_FALSE(run.err.isEmpty());
            CHECK_FALSE(QFileInfo::exists(temp.path()));
        }
    }
    SECTION("with a journal, it is left as it was")
    {
        REQUIRE(runGuided(temp.path(), addArgs(QStringLiteral("First"), {})).code == 0);
        const QByteArray before = myfyrio::test::fileBytes(temp.path());
        for (const QStringList& mistake : mistakes) {
            INFO(mistake.join(QLatin1Char(' ')).toStdString());
            const GuidedRun run = runGuided(temp.path(), addArgs(QStringLiteral("Wrong"), mistake));
            CHECK(run.code != 0);
        }
        CHECK(myfyrio::test::fileBytes(temp.path()) == before);
        CHECK(jsonOf(temp.path(), {QStringLiteral("list")}).size() == 1);
    }
}
