#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using myfyrio::test::TempJournal;

namespace {

using Run = myfyrio::test::CliRun;

Run run(const QString& database, const QStringList& arguments)
{
    return myfyrio::test::runCli(database, arguments);
}

QJsonDocument jsonOf(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

Run addPlaced(const QString& db, const QString& date, QStringList failure)
{
    QStringList args = {
        QStringLiteral("add"),    QStringLiteral("--title"), QStringLiteral("Event"), QStringLiteral("--date"), date,
        QStringLiteral("--body"), QStringLiteral("text")};
    return run(db, args + failure);
}

const QString reasonOption = QStringLiteral("--failure-reason");

} // namespace

TEST_CASE("add places an event and list shows the placement", "[cli][failure]")
{
    TempJournal temp;
    const Run added = addPlaced(temp.path(), QStringLiteral("2024-03-01"),
                                {reasonOption, QStringLiteral("inattention"), QStringLiteral("--failure-type"),
                                 QStringLiteral("complex"), QStringLiteral("--failure-setting"),
                                 QStringLiteral("variable"), QStringLiteral("--blame-felt"), QStringLiteral("3"),
                                 QStringLiteral("--system-factors"), QStringLiteral("A twelve-hour shift.")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(addPlaced(temp.path(), QStringLiteral("2024-03-02"), {}).code == 0);

    const QJsonArray list = jsonOf(run(temp.path(), {QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("failure")).isNull());
    const QJsonObject failure = list.at(1).toObject().value(QStringLiteral("failure")).toObject();
    CHECK(failure.value(QStringLiteral("reason")).toString() == QStringLiteral("inattention"));
    CHECK(failure.value(QStringLiteral("type")).toString() == QStringLiteral("complex"));
    CHECK(failure.value(QStringLiteral("typeOverridden")).toBool());
    CHECK(failure.value(QStringLiteral("setting")).toString() == QStringLiteral("variable"));
    CHECK(failure.value(QStringLiteral("blameFelt")).toInt() == 3);
    CHECK(failure.value(QStringLiteral("systemFactors")).toString() == QStringLiteral("A twelve-hour shift."));
}

TEST_CASE("A suggested type is not reported as overridden", "[cli][failure]")
{
    TempJournal temp;
    REQUIRE(addPlaced(temp.path(), QStringLiteral("2024-03-01"), {reasonOption, QStringLiteral("uncertainty")}).code
            == 0);
    const QJsonArray list = jsonOf(run(temp.path(), {QStringLiteral("list"), QStringLiteral("--json")})).array();
    const QJsonObject failure = list.at(0).toObject().value(QStringLiteral("failure")).toObject();
    CHECK(failure.value(QStringLiteral("type")).toString() == QStringLiteral("complex"));
    CHECK_FALSE(failure.value(QStringLiteral("typeOverridden")).toBool());
    CHECK(failure.value(QStringLiteral("setting")).isNull());
    CHECK(failure.value(QStringLiteral("blameFelt")).isNull());
}

TEST_CASE("An unknown reason or blame outside 0 to 4 is an error that writes nothing", "[cli][failure]")
{
    TempJournal temp;
    const QList<QStringList> mistakes = {
        {reasonOption, QStringLiteral("carelessness")},
        {reasonOption, QStringLiteral("deviance"), QStringLiteral("--blame-felt"), QStringLiteral("5")},
        {reasonOption, QStringLiteral("deviance"), QStringLiteral("--blame-felt"), QStringLiteral("-1")},
        {reasonOption, QStringLiteral("deviance"), QStringLiteral("--blame-felt"), QStringLiteral("lots")},
        {reasonOption, QStringLiteral("deviance"), QStringLiteral("--failure-type"), QStringLiteral("clever")},
        {reasonOption, QStringLiteral("deviance"), QStringLiteral("--failure-setting"), QStringLiteral("odd")},
        {QStringLiteral("--blame-felt"), QStringLiteral("2")},
    };
    for (const QStringList& mistake : mistakes) {
        INFO(mistake.join(QLatin1Char(' ')).toStdString());
        const Run r = addPlaced(temp.path(), QStringLiteral("2024-03-01"), mistake);
        CHECK(r.code != 0);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(temp.path()));
    }
}

TEST_CASE("insight failures counts a period with its edge days and the mean blame", "[cli][failure]")
{
    TempJournal temp;
    const QString blame = QStringLiteral("--blame-felt");
    REQUIRE(addPlaced(temp.path(), QStringLiteral("2023-12-31"), {reasonOption, QStringLiteral("deviance")}).code == 0);
    REQUIRE(addPlaced(temp.path(), QStringLiteral("2024-01-01"),
                      {reasonOption, QStringLiteral("process_complexity"), blame, QStringLiteral("1")})
                .code
            == 0);
    REQUIRE(addPlaced(temp.path(), QStringLiteral("2024-12-31"),
                      {reasonOption, QStringLiteral("process_complexity"), blame, QStringLiteral("2")})
                .code
            == 0);
    REQUIRE(addPlaced(temp.path(), QStringLiteral("2025-01-01"), {reasonOption, QStringLiteral("uncertainty")}).code
            == 0);

    const QJsonObject result =
        jsonOf(run(temp.path(), {QStringLiteral("insight"), QStringLiteral("failures"), QStringLiteral("--from"),
                                 QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31"),
                                 QStringLiteral("--json")}))
            .object();
    const QJsonObject byReason = result.value(QStringLiteral("byReason")).toObject();
    CHECK(byReason.size() == 9);
    CHECK(byReason.value(QStringLiteral("process_complexity")).toInt() == 2);
    CHECK(byReason.value(QStringLiteral("deviance")).toInt() == 0);
    CHECK(byReason.value(QStringLiteral("uncertainty")).toInt() == 0);
    CHECK(byReason.value(QStringLiteral("exploratory_testing")).toInt() == 0);
    const QJsonObject byType = result.value(QStringLiteral("byType")).toObject();
    CHECK(byType.value(QStringLiteral("complex")).toInt() == 2);
    CHECK(byType.value(QStringLiteral("basic")).toInt() == 0);
    CHECK(byType.value(QStringLiteral("intelligent")).toInt() == 0);
    const QJsonObject mean = result.value(QStringLiteral("meanBlameFelt")).toObject();
    CHECK(mean.size() == 9);
    CHECK(mean.value(QStringLiteral("process_complexity")).toDouble() == Approx(1.5));
    CHECK(mean.value(QStringLiteral("deviance")).isNull());

    const QJsonObject all =
        jsonOf(run(temp.path(), {QStringLiteral("insight"), QStringLiteral("failures"), QStringLiteral("--json")}))
            .object();
    CHECK(all.value(QStringLiteral("total")).toInt() == 4);

    const Run text = run(temp.path(), {QStringLiteral("insight"), QStringLiteral("failures")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Process complexity: 2")));

    const Run badDate = run(temp.path(), {QStringLiteral("insight"), QStringLiteral("failures"),
                                          QStringLiteral("--from"), QStringLiteral("2024-02-30")});
    CHECK(badDate.code != 0);
    const Run noView = run(temp.path(), {QStringLiteral("insight")});
    CHECK(noView.code != 0);
}
