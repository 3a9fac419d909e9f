#include "core/i18n/translations.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;

TEST_CASE("The command line sorts tags in the interface language's alphabet", "[cli][welsh]")
{
    test::TempJournal journal;
    const QString db = journal.path();
    REQUIRE(test::runCli(db, {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Tagiau"),
                              QStringLiteral("--tag"), QStringLiteral("llais"), QStringLiteral("--tag"),
                              QStringLiteral("lori"), QStringLiteral("--tag"), QStringLiteral("chwarae"),
                              QStringLiteral("--tag"), QStringLiteral("cyngor"), QStringLiteral("--body"),
                              QStringLiteral("Y dref")})
                .code
            == 0);
    CHECK(test::runCli(db, {QStringLiteral("list")}).out.contains(QStringLiteral("[chwarae, cyngor, llais, lori]")));
    REQUIRE(Translations::install(QStringLiteral("cy")));
    const test::CliRun welsh = test::runCli(db, {QStringLiteral("list")});
    Translations::install(QStringLiteral("en"));
    CHECK(welsh.out.contains(QStringLiteral("[cyngor, chwarae, lori, llais]")));
}

TEST_CASE("myfyrio search reads the query language and finds mutated forms", "[cli][search]")
{
    test::TempJournal journal;
    const QString db = journal.path();
    REQUIRE(test::runCli(db, {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Y dref"),
                              QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("--date"),
                              QStringLiteral("2024-02-01"), QStringLiteral("--body"), QStringLiteral("Es i i'r dref")})
                .code
            == 0);
    REQUIRE(test::runCli(db, {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Tref"),
                              QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("--date"),
                              QStringLiteral("2024-01-01"), QStringLiteral("--body"), QStringLiteral("Canol y tref")})
                .code
            == 0);
    const test::CliRun found = test::runCli(db, {QStringLiteral("search"), QStringLiteral("tref")});
    REQUIRE(found.code == 0);
    // Best match first: the exact form, though older.
    CHECK(found.out.indexOf(QStringLiteral("Tref")) < found.out.indexOf(QStringLiteral("Y dref")));
    CHECK(found.out.contains(QStringLiteral("[dref]")));
    CHECK(test::runCli(db, {QStringLiteral("search"), QStringLiteral("tref"), QStringLiteral("-canol")})
              .out.contains(QStringLiteral("Y dref")));
    // Hostile input: an error in words, never SQL.
    const test::CliRun bad = test::runCli(db, {QStringLiteral("search"), QStringLiteral("after:2024-02-30")});
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("2024-02-30")));
    CHECK_FALSE(QString(bad.err).remove(journal.folder()).contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
    CHECK(test::runCli(db, {QStringLiteral("search"), QStringLiteral("\"unclosed")}).code == 0);
    CHECK(test::runCli(db, {QStringLiteral("search"), QStringLiteral("-")}).code != 0);
    // The same syntax in export pdf --search.
    const test::CliRun pdf = test::runCli(db, {QStringLiteral("export"), QStringLiteral("pdf"),
                                               QStringLiteral("--output"), journal.file(QStringLiteral("r.pdf")),
                                               QStringLiteral("--search"), QStringLiteral("before:nonsense")});
    CHECK(pdf.code != 0);
    CHECK(pdf.err.contains(QStringLiteral("nonsense")));
}

TEST_CASE("Welsh command-line help has no English value names", "[cli][welsh]")
{
    test::TempJournal journal;
    REQUIRE(Translations::install(QStringLiteral("cy")));
    const test::CliRun help =
        test::runCli(journal.path(), {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--help")});
    const test::CliRun top = test::runCli(journal.path(), {QStringLiteral("--help")});
    Translations::install(QStringLiteral("en"));
    CHECK(help.out.contains(QStringLiteral("<BBBB-MM-DD>")));
    CHECK_FALSE(help.out.contains(QStringLiteral("YYYY")));
    CHECK_FALSE(top.out.contains(QStringLiteral("command")));
}
