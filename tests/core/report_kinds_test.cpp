#include "core/journal/reflectionstore.h"
#include "core/report/reportbuilder.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QRegularExpression>

using namespace myfyrio;
using myfyrio::test::optionsFor;
using myfyrio::test::ReportJournal;
using myfyrio::test::TempJournal;

namespace {

QString signedAgreement(const Database& db)
{
    AgreementContent content;
    content.supervisorName = QStringLiteral("Dr Gwenllian Ffransis");
    content.superviseeName = QStringLiteral("Siân Ffion Jones");
    content.startDate = QDate(2024, 1, 10);
    content.reviewDate = QDate(2025, 1, 31);
    content.frequencyWeeks = 4;
    content.texts.insert(QStringLiteral("confidentiality"),
                         QStringLiteral("Safeguarding concerns are shared with the line manager."));
    const AgreementStore store(db);
    auto created = store.create(content, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    REQUIRE(store.sign(created->id, {SectionCatalog::supervisor(), content.supervisorName, QDate(2024, 1, 12)}).ok());
    auto both = store.sign(created->id, {SectionCatalog::supervisee(), content.superviseeName, QDate(2024, 1, 13)});
    REQUIRE(both.ok());
    REQUIRE_FALSE(both->fingerprint.isEmpty());
    return created->id;
}

} // namespace

TEST_CASE("a failure-spectrum summary counts shared events and draws its chart", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    const QString pdf = temp.file(QStringLiteral("f.pdf"));
    const QString text = test::reportText(*db, optionsFor(ReportKind::Failures), pdf);
    REQUIRE_FALSE(text.isEmpty());
    // The chart is vectors and text, not a picture: the PDF holds no images.
    const QStringList images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // the two header lines only
    CHECK(text.contains(QStringLiteral("Failure spectrum summary")));
    CHECK(text.contains(QStringLiteral("Events placed on the spectrum: 2")));
    // The chart's labels are real text in the PDF, from blameworthy to praiseworthy.
    CHECK(text.indexOf(QStringLiteral("Deviance")) < text.indexOf(QStringLiteral("Exploratory testing")));
    CHECK(text.contains(QStringLiteral("Process inadequacy")));
    CHECK(text.contains(QStringLiteral("Official difficulties")));
    CHECK_FALSE(text.contains(journal.secret.title));
}

TEST_CASE("an annual review pack counts the year and shows last year's answers beside this year's", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    const ReflectionStore store(*db);
    for (const int year : {2023, 2024}) {
        Reflection review;
        review.title = QStringLiteral("Annual review %1").arg(year);
        review.date = QDate(year, 11, 30);
        review.model = QStringLiteral("annual_review");
        review.bringToSupervision = true;
        review.answers.insert(QStringLiteral("year"), QStringLiteral("YEARANSWER%1").arg(year));
        REQUIRE(store.add(review).ok());
    }
    ReportOptions options = optionsFor(ReportKind::Annual);
    options.year = 2024;
    const QString text = test::reportText(*db, options, temp.file(QStringLiteral("a.pdf")));
    REQUIRE_FALSE(text.isEmpty());
    for (const QString& expected :
         {QStringLiteral("Annual review pack"), QStringLiteral("Reflections by month"),
          QStringLiteral("Reflections by model"), QStringLiteral("Top tags"), QStringLiteral("staffing"),
          QStringLiteral("Failure spectrum"), QStringLiteral("Actions done"), QStringLiteral("Trefnu cyfarfod tîm"),
          QStringLiteral("Actions still open"), QStringLiteral("Ffonio'r landlord"), QStringLiteral("YEARANSWER2024"),
          QStringLiteral("YEARANSWER2023"), QStringLiteral("From 1 January 2024 to 31 December 2024")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Private worry")));
    CHECK(text.indexOf(QStringLiteral("YEARANSWER2024")) < text.indexOf(QStringLiteral("YEARANSWER2023")));
}

TEST_CASE("an agreement report has its sections both signatures and the fingerprint", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = signedAgreement(*db);
    auto agreement = AgreementStore(*db).find(id);
    REQUIRE(agreement.ok());
    const QString fingerprint = (*agreement)->current()->fingerprint;
    ReportOptions options = optionsFor(ReportKind::Agreement, QStringLiteral("both"));
    options.id = id.left(8);
    const QString pdf = temp.file(QStringLiteral("ag.pdf"));
    const QString text = test::reportText(*db, options, pdf);
    REQUIRE_FALSE(text.isEmpty());
    // Every section is there, empty ones too, and the layout does not run away with them. The
    // parties, the dates and the practicalities show their details instead of "nothing written".
    CHECK(text.count(QStringLiteral("Nothing written in this section yet.")) == 8);
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    CHECK(pages >= 1);
    CHECK(pages <= 4);
    CHECK(text.contains(QStringLiteral("Supervision agreement")));
    CHECK(text.contains(QStringLiteral("Cytundeb goruchwylio")));
    CHECK(text.contains(QStringLiteral("Safeguarding concerns are shared with the line manager.")));
    CHECK(text.count(QStringLiteral("Dr Gwenllian Ffransis")) >= 2);
    CHECK(text.contains(QStringLiteral("12 January 2024")));
    CHECK(text.contains(QStringLiteral("13 Ionawr 2024")));
    CHECK(text.contains(fingerprint));
    CHECK(text.contains(QStringLiteral("Tudalen 1 / ")));
}

TEST_CASE("a session record shows its agenda notes and actions without private reflections", "[report]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    const QString agreementId = signedAgreement(*db);
    Session record;
    record.agreementId = agreementId;
    record.date = QDate(2024, 4, 20);
    record.notes = QStringLiteral("We talked about the office rota.");
    record.decisions = QStringLiteral("Ask for the rota data.");
    record.functions = {QStringLiteral("support"), QStringLiteral("development")};
    // The store itself keeps private reflections off an agenda.
    record.agenda = {AgendaItem{AgendaItem::Kind::Reflection, journal.english.id, {}, {}}};
    SessionAction action;
    action.description = QStringLiteral("Send the rota to the manager");
    action.owner = SectionCatalog::supervisor();
    action.due = QDate(2024, 5, 1);
    record.actions = {action};
    auto saved = SessionStore(*db).save(record);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    ReportOptions options = optionsFor(ReportKind::Session);
    options.id = saved->id;
    const QString text = test::reportText(*db, options, temp.file(QStringLiteral("s.pdf")));
    REQUIRE_FALSE(text.isEmpty());
    for (const QString& expected :
         {QStringLiteral("Supervision session record"), QStringLiteral("Saturday, 20 April 2024"),
          QStringLiteral("Held"), QStringLiteral("We talked about the office rota."),
          QStringLiteral("Ask for the rota data."), QStringLiteral("Send the rota to the manager"),
          QStringLiteral("1 May 2024"), QStringLiteral("Development, Support"), journal.english.title}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(journal.secret.title));
}
