// The Team learning summary PDF, read back with pdftotext, in English, Welsh and both.

#include "core/learning/cardfolderreader.h"
#include "core/report/reportpainter.h"
#include "core/report/teamlearningreport.h"
#include "tests/core/cardfixture.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace myfyrio;

namespace {

QString pdfText(const CardCollection& collection, const TeamLearningReport::Options& options, const QString& path)
{
    REQUIRE(test::havePdfTools());
    auto written = ReportPainter::writePdf(TeamLearningReport::build(collection, options), path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    REQUIRE(QFileInfo(path).size() > 0);
    // Words broken over lines by the layout are joined again for comparing.
    return test::runTool(QStringLiteral("pdftotext"),
                         {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .simplified();
}

} // namespace

TEST_CASE("The Team learning summary shows the team's pattern and cards, in English and Welsh", "[cards][report]")
{
    test::TeamFolder team;
    team.fill();
    CardCollection collection = CardFolderReader::read({team.folder});
    collection.malformed = 2;
    REQUIRE(collection.cards.size() == 5);
    QTemporaryDir out;
    REQUIRE(out.isValid());

    TeamLearningReport::Options options;
    options.teamName = QStringLiteral("West team");
    const QString english = pdfText(collection, options, out.filePath(QStringLiteral("en.pdf")));
    CHECK(english.contains(QStringLiteral("Team learning summary")));
    CHECK(english.contains(QStringLiteral("West team")));
    CHECK(english.contains(QStringLiteral("Learning cards: 5")));
    CHECK(english.contains(QStringLiteral("malformed 2")));
    CHECK(english.contains(QStringLiteral("Cards from March 2024 to May 2024")));
    CHECK(english.contains(QStringLiteral("Praiseworthy failures, apart from blameworthy ones")));
    CHECK(english.contains(QStringLiteral("The most frequent enabling questions")));
    CHECK(english.contains(QStringLiteral("Protected time for reflective supervision.")));
    CHECK(english.contains(QStringLiteral("A new handover sheet")));
    CHECK(english.contains(QStringLiteral("Shifft rhy hir"))); // a Welsh card stays in its own words
    CHECK(english.contains(QStringLiteral("Tîm y Gorllewin")));
    for (const QString& body : std::as_const(team.bodies))
        CHECK_FALSE(english.contains(body.left(30).simplified()));
    CHECK_FALSE(english.contains(QStringLiteral("Mair")));
    CHECK_FALSE(english.contains(QStringLiteral("Dafydd")));

    options.language = QStringLiteral("cy");
    const QString welsh = pdfText(collection, options, out.filePath(QStringLiteral("cy.pdf")));
    CHECK(welsh.contains(QStringLiteral("Crynodeb dysgu'r tîm")));
    CHECK(welsh.contains(QStringLiteral("Cardiau dysgu: 5")));
    CHECK(welsh.contains(QStringLiteral("Methiannau canmoladwy, ar wahân i rai beius")));
    CHECK(welsh.contains(QStringLiteral("Y cwestiynau galluogi mwyaf cyffredin")));
    CHECK(welsh.contains(QStringLiteral("Tudalen 1 /")));
    CHECK_FALSE(welsh.contains(QStringLiteral("Team learning summary")));
    CHECK_FALSE(welsh.contains(QStringLiteral("Praiseworthy failures")));

    options.language = QStringLiteral("both");
    const QString both = pdfText(collection, options, out.filePath(QStringLiteral("both.pdf")));
    CHECK(both.contains(QStringLiteral("Crynodeb dysgu'r tîm")));
    CHECK(both.contains(QStringLiteral("Team learning summary")));

    SECTION("a period narrows the pattern and the cards")
    {
        options.language = QStringLiteral("en");
        options.filter.from = QDate(2024, 5, 1);
        const QString may = pdfText(collection, options, out.filePath(QStringLiteral("may.pdf")));
        CHECK(may.contains(QStringLiteral("Learning cards: 2")));
        CHECK(may.contains(QStringLiteral("Discharge gap")));
        CHECK_FALSE(may.contains(QStringLiteral("A new handover sheet")));
    }
    SECTION("an empty folder says so")
    {
        options.language = QStringLiteral("en");
        const QString empty = pdfText({}, options, out.filePath(QStringLiteral("empty.pdf")));
        CHECK(empty.contains(QStringLiteral("The folders hold no learning cards yet.")));
    }
}
