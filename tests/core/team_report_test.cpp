// The Team learning summary PDF, read back with pdftotext, in English, Welsh and both.

#include "core/learning/cardfolderreader.h"
#include "core/report/reportpainter.h"
#include "core/report/teamlearningreport.h"
#include "tests/core/cardfixture.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

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

TEST_CASE("No page of a long Team learning summary starts far below its top", "[cards][report]")
{
    REQUIRE(test::havePdfTools());
    // Enough cards, months and questions for many headings to be moved to the next page.
    CardCollection collection;
    const QStringList scales{QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("place"),
                             QStringLiteral("country"), QString()};
    for (int i = 0; i < 600; ++i) {
        LearningCard card;
        card.id = QStringLiteral("card-%1").arg(i);
        card.title = QStringLiteral("Card %1: what a home visit taught us").arg(i);
        card.lesson = QStringLiteral("Ask the family what they need before writing the plan. ").repeated(1 + i % 4);
        card.enabling = QStringLiteral("Protected time for reflective supervision %1.").arg(i % 7);
        card.scale = scales.at(i % scales.size());
        card.month = QDate(2015, 1, 1).addMonths(i % 120);
        card.language = i % 3 == 0 ? QStringLiteral("cy") : QStringLiteral("en");
        card.failure = CardFailure{static_cast<FailureReason>(i % 9), static_cast<FailureType>(i % 3), std::nullopt};
        collection.cards.append(card);
    }
    QTemporaryDir out;
    REQUIRE(out.isValid());
    TeamLearningReport::Options options;
    options.language = QStringLiteral("both");
    const QString path = out.filePath(QStringLiteral("both.pdf"));
    REQUIRE(ReportPainter::writePdf(TeamLearningReport::build(collection, options), path).ok());
    // Where the highest word of each page stands (pdftotext -bbox gives every word's box).
    const QString boxes =
        test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    const QRegularExpression pageTag(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    const QRegularExpression wordTop(QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\""));
    const QStringList pages = boxes.split(QStringLiteral("</page>"));
    int measured = 0;
    for (int page = 0; page < pages.size(); ++page) {
        const auto size = pageTag.match(pages.at(page));
        if (!size.hasMatch())
            continue;
        const double height = size.captured(2).toDouble();
        double top = height;
        for (auto words = wordTop.globalMatch(pages.at(page)); words.hasNext();)
            top = std::min(top, words.next().captured(1).toDouble());
        ++measured;
        INFO("page " << page + 1 << ": its highest word is " << top << " pt down a page of " << height);
        CHECK(top < height * 0.15); // the top margin is 18 mm of 297
    }
    CHECK(measured > 5);
}
