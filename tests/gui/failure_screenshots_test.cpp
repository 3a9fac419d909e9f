// Renders the failure-spectrum widgets to PNG files for looking at (not run by default):
//   myfyrio_gui_tests "[.failureshots]"   → /tmp/shots/failure/*.png

#include "app/failure/blamequestion.h"
#include "app/failure/failureplacementpanel.h"
#include "app/failure/spectrumcontrol.h"
#include "app/insight/insightview.h"
#include "app/insight/periodchooser.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/failure"));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/failure/") + name + QStringLiteral(".png")));
}

void seed(const Database& db)
{
    const QDate today = QDate::currentDate();
    const struct {
        int daysAgo;
        FailureReason reason;
        int blame;
        const char* title;
    } events[] = {
        {3, FailureReason::Inattention, 4, "Missed the medication note at handover"},
        {20, FailureReason::ProcessComplexity, 3, "Discharge plan fell between two teams"},
        {40, FailureReason::ProcessInadequacy, 2, "Referral form lost the safeguarding flag"},
        {70, FailureReason::ProcessComplexity, 2, "Three agencies, three assessments"},
        {100, FailureReason::Uncertainty, 1, "Family meeting went the wrong way"},
        {130, FailureReason::TaskChallenge, 3, "Lifting with one carer short"},
        {160, FailureReason::ExploratoryTesting, 0, "Tried a music group in the afternoon"},
        {200, FailureReason::HypothesisTesting, 1, "New visit rota did not cut waiting"},
        {250, FailureReason::ProcessInadequacy, 3, "Out-of-hours number was wrong"},
        {300, FailureReason::Deviance, 4, "Skipped the checklist to get home"},
    };
    for (const auto& event : events) {
        Reflection r;
        r.title = QString::fromUtf8(event.title);
        r.date = today.addDays(-event.daysAgo);
        r.body = QStringLiteral("What happened, and what I noticed.");
        r.failure = FailurePlacement{};
        r.failure->reason = event.reason;
        r.failure->blameFelt = event.blame;
        REQUIRE(ReflectionStore(db).add(r).ok());
    }
    test::addReflection(db, QStringLiteral("Supervision preparation"), today.addDays(-1),
                        {QStringLiteral("supervision")});
}

void shootPanel(const QString& language)
{
    test::switchLanguage(language);
    QScrollArea area;
    auto* panel = new FailurePlacementPanel;
    area.setWidget(panel);
    area.setWidgetResizable(true);
    area.resize(860, 330);
    area.show();
    REQUIRE(QTest::qWaitForWindowExposed(&area));
    panel->load(Reflection{});
    shoot(&area, QStringLiteral("panel-start-") + language);

    area.resize(860, 760);
    QTest::mouseClick(panel->blameQuestion()->button(3), Qt::LeftButton);
    panel->spectrum()->setFocus();
    panel->spectrum()->activate(5);
    QTest::keyClick(panel->spectrum(), Qt::Key_Left);
    QTest::keyClick(panel->spectrum(), Qt::Key_Left);
    QTest::keyClick(panel->spectrum(), Qt::Key_Left);
    QTest::keyClick(panel->spectrum(), Qt::Key_Left);
    panel->systemFactorsEdit()->setPlainText(
        QStringLiteral("Two services each thought the other had booked the transport."));
    shoot(&area, QStringLiteral("panel-placed-") + language);
    area.close();
}

void shootInsight(const Database& db, const QString& language)
{
    test::switchLanguage(language);
    InsightView view(db);
    view.resize(1100, 980);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.periodChooser()->setPeriod(PeriodChooser::Period::Last12Months);
    shoot(&view, QStringLiteral("insight-") + language);
    view.close();
}

void shootWindow(const Database& db, const QString& language)
{
    test::switchLanguage(language);
    MainWindow window(db);
    window.resize(1280, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(1, 0, list->model()->index(0, 0)));
    QCoreApplication::processEvents();
    shoot(&window, QStringLiteral("window-") + language);
    window.showView(QStringLiteral("insight"));
    shoot(&window, QStringLiteral("window-insight-") + language);
    window.close();
}

} // namespace

TEST_CASE("Screenshots of the failure spectrum and the insight view", "[.failureshots]")
{
    test::TempJournal journal;
    auto db = journal.open();
    seed(*db);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("cy")}) {
        shootPanel(language);
        shootInsight(*db, language);
        shootWindow(*db, language);
    }
    test::switchLanguage(QStringLiteral("en"));
}
