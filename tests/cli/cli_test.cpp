#include "core/i18n/translations.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

using test::CliRun;

CliRun run(const QString& database, const QStringList& arguments, const QString& input = {})
{
    return test::runCli(database, arguments, input);
}

QJsonArray listJson(const QString& database, const QStringList& command = {QStringLiteral("list")})
{
    const QJsonDocument doc = test::runJson(database, command);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("add, list and search round trip through the journal", "[cli]")
{
    TempJournal temp;
    const CliRun first =
        run(temp.path(),
            {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Ymweliad"), QStringLiteral("--date"),
             QStringLiteral("2024-03-01"), QStringLiteral("--tag"), QStringLiteral("cartref"), QStringLiteral("--tag"),
             QStringLiteral("dŵr"), QStringLiteral("--lang"), QStringLiteral("cy"),
             QStringLiteral("--bring-to-supervision"), QStringLiteral("--body"), QStringLiteral("Roedd y tŷ yn oer.")});
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    const QString id = first.out.trimmed();
    CHECK(id.size() == 36);

    // The body comes from standard input when --body is absent.
    const CliRun second = run(temp.path(),
                              {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Later"),
                               QStringLiteral("--date"), QStringLiteral("2024-04-01")},
                              QStringLiteral("Written on stdin.\nSecond line.\n"));
    REQUIRE(second.code == 0);

    const QJsonArray all = listJson(temp.path());
    REQUIRE(all.size() == 2);
    const QJsonObject newest = all.at(0).toObject();
    CHECK(newest.value(QStringLiteral("title")).toString() == QStringLiteral("Later"));
    CHECK(newest.value(QStringLiteral("body")).toString() == QStringLiteral("Written on stdin.\nSecond line.\n"));
    CHECK(newest.value(QStringLiteral("bringToSupervision")).toBool() == false);
    CHECK(newest.value(QStringLiteral("lang")).toString() == QStringLiteral("en"));
    const QJsonObject older = all.at(1).toObject();
    CHECK(older.value(QStringLiteral("id")).toString() == id);
    CHECK(older.value(QStringLiteral("date")).toString() == QStringLiteral("2024-03-01"));
    CHECK(older.value(QStringLiteral("lang")).toString() == QStringLiteral("cy"));
    CHECK(older.value(QStringLiteral("bringToSupervision")).toBool());
    CHECK(older.value(QStringLiteral("tags")).toArray()
          == QJsonArray{QStringLiteral("cartref"), QStringLiteral("dŵr")});
    for (const char* field : {"created", "updated"})
        CHECK(older.value(QString::fromLatin1(field)).toString().endsWith(QLatin1Char('Z')));

    const QJsonArray found = listJson(temp.path(), {QStringLiteral("search"), QStringLiteral("ty")});
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QStringLiteral("id")).toString() == id);

    const CliRun text = run(temp.path(), {QStringLiteral("search"), QStringLiteral("dwr")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Ymweliad")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Later")));
}

TEST_CASE("Mistakes on the command line exit non-zero and write nothing", "[cli]")
{
    TempJournal temp;

    SECTION("an invalid date on a new journal creates no file")
    {
        const CliRun bad = run(temp.path(), {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                                             QStringLiteral("--date"), QStringLiteral("2024-02-30"),
                                             QStringLiteral("--body"), QStringLiteral("b")});
        CHECK(bad.code != 0);
        CHECK(bad.err.contains(QStringLiteral("2024-02-30")));
        CHECK_FALSE(QFileInfo::exists(temp.path()));
    }

    SECTION("errors leave an existing journal byte for byte as it was")
    {
        REQUIRE(run(temp.path(), {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Kept"),
                                  QStringLiteral("--body"), QStringLiteral("b")})
                    .code
                == 0);
        const QByteArray before = myfyrio::test::fileBytes(temp.path());
        const QList<QStringList> mistakes = {
            {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--date"),
             QStringLiteral("01/03/2024"), QStringLiteral("--body"), QStringLiteral("b")},
            {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--lang"),
             QStringLiteral("fr"), QStringLiteral("--body"), QStringLiteral("b")},
            {QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("no title")},
            {QStringLiteral("add"), QStringLiteral("--no-such-option")},
            {QStringLiteral("frobnicate")},
        };
        for (const QStringList& mistake : mistakes) {
            const CliRun bad = run(temp.path(), mistake);
            INFO(mistake.join(QLatin1Char(' ')).toStdString());
            CHECK(bad.code != 0);
            CHECK_FALSE(bad.err.isEmpty());
        }
        CHECK(myfyrio::test::fileBytes(temp.path()) == before);
        CHECK(listJson(temp.path()).size() == 1);
    }

    SECTION("a corrupt journal is refused and left alone")
    {
        const QByteArray garbage = QByteArray("SQLite format 3").append('\0').append(QByteArray(4000, 'x'));
        myfyrio::test::writeFile(temp.path(), garbage);
        for (const QStringList& command :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"),
                          QStringLiteral("--body"), QStringLiteral("b")}}) {
            const CliRun bad = run(temp.path(), command);
            CHECK(bad.code != 0);
            CHECK(bad.err.contains(temp.path()));
        }
        CHECK(myfyrio::test::fileBytes(temp.path()) == garbage);
    }
}

TEST_CASE("Command-line errors speak the interface language", "[cli][translations]")
{
    TempJournal temp;
    REQUIRE(myfyrio::Translations::install(QStringLiteral("cy")));
    const CliRun bad = run(temp.path(), {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                                         QStringLiteral("--date"), QStringLiteral("2024-13-01")});
    myfyrio::Translations::install(QStringLiteral("en"));
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("2024-13-01")));
    CHECK_FALSE(bad.err.contains(QStringLiteral("is not a valid date")));
}

TEST_CASE("The version and help print and succeed without a journal", "[cli]")
{
    TempJournal temp;
    const CliRun version = run(temp.path(), {QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QStringLiteral("myfyrio ")));
    const CliRun help = run(temp.path(), {QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("search")));
    const CliRun addHelp = run(temp.path(), {QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(addHelp.code == 0);
    CHECK(addHelp.out.contains(QStringLiteral("--bring-to-supervision")));
    CHECK(addHelp.out.startsWith(QStringLiteral("Usage: myfyrio add ")));
    CHECK(help.out.startsWith(QStringLiteral("Usage: myfyrio ")));
    CHECK_FALSE(QFileInfo::exists(temp.path()));
}
