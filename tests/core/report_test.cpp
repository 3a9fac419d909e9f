#include "core/journal/reflectionstore.h"
#include "core/report/reportbuilder.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QRegularExpression>

using namespace myfyrio;
using myfyrio::test::optionsFor;
using myfyrio::test::ReportJournal;
using myfyrio::test::TempJournal;

namespace {

int pageCount(const QString& pdf)
{
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(info).captured(1).toInt();
}

} // namespace

TEST_CASE("a reflection report holds its answers tags actions and failure placement", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    ReportOptions options = optionsFor(ReportKind::Reflection);
    options.id = journal.welsh.id;
    const QString pdf = temp.file(QStringLiteral("reflection.pdf"));
    const QString text = test::reportText(*db, options, pdf);
    REQUIRE_FALSE(text.isEmpty());
    for (const QString& expected :
         {QStringLiteral("Siân Ffion Jones"), QStringLiteral("Ymweliad â'r teulu"),
          QStringLiteral("Friday, 1 March 2024"), QStringLiteral("cartref, dŵr") /* sorted in the report language */,
          QStringLiteral("Gibbs' reflective cycle"), QStringLiteral("Description"),
          // "ff" and "fi" come back as letters, not ligature glyphs.
          QStringLiteral("Effaith fawr ar y plant; roedd y swyddfa ar gau."), QStringLiteral("ffyddiog"),
          QStringLiteral("Process inadequacy"), QStringLiteral("3 of 4"),
          QStringLiteral("Dim llwybr atgyfeirio y tu allan i oriau swyddfa."), QStringLiteral("Ffonio'r landlord"),
          QStringLiteral("8 March 2024"), QStringLiteral("Page 1 of ")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QChar(0xFB00)));
    CHECK_FALSE(text.contains(QChar(0xFB01)));
    // Every font is embedded.
    const QString fonts = test::runTool(QStringLiteral("pdffonts"), {pdf});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString& row : rows)
        CHECK(row.contains(QStringLiteral(" yes ")));
}

TEST_CASE("a private reflection is refused unless the writer asks for their own copy", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    ReportOptions options = optionsFor(ReportKind::Reflection);
    options.id = journal.secret.id;
    auto refused = ReportBuilder(*db).build(options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("private")));

    options.includePrivate = true;
    const QString text = test::reportText(*db, options, temp.file(QStringLiteral("mine.pdf")));
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(QStringLiteral("SECRETPRIVATETEXT")));
    CHECK(text.contains(QStringLiteral("Do not share it.")));
}

TEST_CASE("a portfolio lists its reflections on a contents page and leaves private ones out", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    const QString pdf = temp.file(QStringLiteral("portfolio.pdf"));
    const QString text = test::reportText(*db, optionsFor(ReportKind::Portfolio), pdf);
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(QStringLiteral("Portfolio of reflections")));
    CHECK(text.contains(QStringLiteral("Contents")));
    CHECK(text.contains(QStringLiteral("From 1 March 2024 to 20 June 2024")));
    CHECK(text.count(journal.english.title) == 2); // in the contents and as a heading
    INFO(text.toStdString());
    CHECK(text.count(journal.welsh.title) == 2);
    CHECK_FALSE(text.contains(QStringLiteral("Private worry")));
    CHECK_FALSE(text.contains(QStringLiteral("SECRETPRIVATETEXT")));
    // The long reflection flows over several pages, to its last paragraph.
    CHECK(text.contains(QStringLiteral("LASTPARAGRAPHMARK")));
    // A one-page summary, then the contents and the reflections flowing on from it.
    const int pages = pageCount(pdf);
    CHECK(pages >= 4);
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    const QString first = test::runTool(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                                         QStringLiteral("1"), pdf, QStringLiteral("-")});
    CHECK(first.contains(QStringLiteral("Summary")));
    CHECK(first.contains(QStringLiteral("Failure spectrum")));
    CHECK_FALSE(first.contains(QStringLiteral("Contents")));

    ReportOptions mine = optionsFor(ReportKind::Portfolio);
    mine.includePrivate = true;
    const QString all = test::reportText(*db, mine, temp.file(QStringLiteral("all.pdf")));
    CHECK(all.contains(QStringLiteral("SECRETPRIVATETEXT")));
}

TEST_CASE("a portfolio's selection narrows it by tag and dates", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    ReportOptions options = optionsFor(ReportKind::Portfolio);
    options.filter.tag = QStringLiteral("staffing");
    options.paper = QPageSize::Letter;
    const QString pdf = temp.file(QStringLiteral("tag.pdf"));
    const QString text = test::reportText(*db, options, pdf);
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(journal.english.title));
    CHECK_FALSE(text.contains(journal.welsh.title));
    CHECK(test::runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts (letter)")));

    options.filter = {};
    options.filter.from = QDate(2024, 3, 2);
    options.filter.to = QDate(2024, 5, 31);
    const QString dated = test::reportText(*db, options, temp.file(QStringLiteral("dated.pdf")));
    CHECK(dated.contains(journal.english.title));
    CHECK_FALSE(dated.contains(journal.welsh.title));
    CHECK_FALSE(dated.contains(journal.longOne.title));
}

TEST_CASE("a Welsh report has Welsh labels and footers", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    const QString pdf = temp.file(QStringLiteral("cy.pdf"));
    const QString text = test::reportText(*db, optionsFor(ReportKind::Portfolio, QStringLiteral("cy")), pdf);
    REQUIRE_FALSE(text.isEmpty());
    const int pages = pageCount(pdf);
    CHECK(text.contains(QStringLiteral("Tudalen 1 / %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Cynnwys")));
    CHECK(text.contains(QStringLiteral("Dydd Gwener, 1 Mawrth 2024")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 of")));
    CHECK_FALSE(text.contains(QStringLiteral("Contents")));
    // The writer's text stays as written.
    CHECK(text.contains(journal.english.body));
}

TEST_CASE("a bilingual report puts the Welsh before the English", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    ReportOptions options = optionsFor(ReportKind::Reflection, QStringLiteral("both"));
    options.id = journal.welsh.id;
    const QString text = test::reportText(*db, options, temp.file(QStringLiteral("both.pdf")));
    REQUIRE_FALSE(text.isEmpty());
    const QVector<QPair<QString, QString>> pairs = {
        {QStringLiteral("Tudalen 1 / "), QStringLiteral("Page 1 of ")},
        {QStringLiteral("Myfyrdod"), QStringLiteral("Reflection")},
        {QStringLiteral("Dydd Gwener, 1 Mawrth 2024"), QStringLiteral("Friday, 1 March 2024")},
        {QStringLiteral("Camau gweithredu"), QStringLiteral("Actions")},
        {QStringLiteral("Sbectrwm methiant"), QStringLiteral("Failure spectrum")},
    };
    for (const auto& [welsh, english] : pairs) {
        INFO(welsh.toStdString() << " before " << english.toStdString());
        REQUIRE(text.contains(welsh));
        REQUIRE(text.contains(english));
        CHECK(text.indexOf(welsh) < text.indexOf(english));
    }
    // The writer's own words appear once.
    CHECK(text.count(QStringLiteral("Effaith fawr ar y plant")) == 1);
}

TEST_CASE("no page of a portfolio ends with a reflection's heading", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    // Bodies of many lengths, so that some headings fall near the foot of a page.
    for (int i = 1; i <= 28; ++i) {
        Reflection r;
        r.title = QStringLiteral("HEADING%1").arg(i);
        r.date = QDate(2024, 1, 1).addDays(i);
        r.bringToSupervision = true;
        QStringList paragraphs;
        for (int p = 0; p < 1 + (i * 7) % 9; ++p)
            paragraphs << QStringLiteral("Body %1 paragraph %2, long enough to wrap over a couple of lines of the page "
                                         "so that the layout has real work to do.")
                              .arg(i)
                              .arg(p);
        r.body = paragraphs.join(QStringLiteral("\n\n"));
        REQUIRE(store.add(r).ok());
    }
    const QString pdf = temp.file(QStringLiteral("headings.pdf"));
    REQUIRE_FALSE(test::reportText(*db, optionsFor(ReportKind::Portfolio), pdf).isEmpty());
    const int pages = pageCount(pdf);
    REQUIRE(pages > 4);
    int headingsSeen = 0;
    for (int page = 2; page <= pages; ++page) {
        const QString text =
            test::runTool(QStringLiteral("pdftotext"),
                          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                           QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        QStringList lines;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.contains(QStringLiteral("Page "))
                && !trimmed.startsWith(QStringLiteral("Portfolio")))
                lines << trimmed;
        }
        headingsSeen += static_cast<int>(lines.filter(QRegularExpression(QStringLiteral("^HEADING\\d+$"))).size());
        REQUIRE_FALSE(lines.isEmpty());
        INFO("page " << page << " ends with " << lines.constLast().toStdString());
        CHECK_FALSE(lines.constLast().startsWith(QStringLiteral("HEADING")));
    }
    CHECK(headingsSeen == 2 * 28); // in the contents and as headings
}
