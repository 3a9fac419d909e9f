// Typing in the search box reads on another thread: the window never waits
// for the journal, and only the newest search is shown.

#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/searchrunner.h"
#include "app/mainwindow/mainwindow.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace myfyrio;

TEST_CASE("The search runner answers only the newest request", "[gui][search]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("Dŵr oer"), QDate(2024, 1, 5), {}, QStringLiteral("dŵr"));
    test::addReflection(*db, QStringLiteral("Feedback"), QDate(2024, 2, 5), {}, QStringLiteral("feedback"));
    SearchRunner runner(db->path());
    QSignalSpy answers(&runner, &SearchRunner::finished);
    ReflectionFilter first;
    first.text = QStringLiteral("dwr");
    ReflectionFilter second;
    second.text = QStringLiteral("feedback");
    runner.request(first, 3, 100);
    const quint64 newest = runner.request(second, 3, 100);
    REQUIRE(answers.wait(5000));
    QTest::qWait(100); // an overtaken request, had it been answered, would be here by now
    REQUIRE(answers.size() == 1);
    const auto result = answers.at(0).at(0).value<SearchRunner::Result>();
    CHECK(result.ticket == newest);
    CHECK(result.error.isEmpty());
    REQUIRE(result.months.size() == 1);
    CHECK(result.months.first().month == QDate(2024, 2, 1));
    REQUIRE(result.firstPages.value(0).size() == 1);
    CHECK(result.firstPages.value(0).first().title == QStringLiteral("Feedback"));
}

TEST_CASE("Typing in the search box leaves the list as it is until the search thread answers", "[gui][search]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("Dŵr oer"), QDate(2024, 1, 5), {}, QStringLiteral("dŵr"));
    test::addReflection(*db, QStringLiteral("Feedback"), QDate(2024, 2, 5), {}, QStringLiteral("feedback"));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    JournalPanel* panel = window.journal()->panel();
    JournalModel* model = window.journal()->model();
    REQUIRE(model->totalCount() == 2);
    QSignalSpy updated(panel, &JournalPanel::listUpdated);
    panel->searchBox()->setText(QStringLiteral("feedback"));
    panel->requestFilter();          // what the pause after typing does
    CHECK(model->totalCount() == 2); // nothing read on this thread
    REQUIRE(updated.wait(5000));
    CHECK(model->totalCount() == 1);
    CHECK(model->filter().text == QStringLiteral("feedback"));

    // A change read directly overtakes a search still on its way.
    panel->searchBox()->setText(QStringLiteral("dwr"));
    panel->requestFilter();
    panel->searchBox()->setText(QString());
    panel->applyFilter();
    CHECK(model->totalCount() == 2);
    QTest::qWait(300);
    CHECK(model->totalCount() == 2);
    CHECK(model->filter().text.isEmpty());
}
