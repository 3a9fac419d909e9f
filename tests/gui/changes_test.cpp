// Views follow the journal through JournalChanges: whoever writes, every view
// that shows the record updates, with no view refreshing another by hand.

#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/revisit/actionsview.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/journalchanges.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QCoreApplication>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

int rowsTitled(QTreeView* tree, const QString& title)
{
    QAbstractItemModel* model = tree->model();
    if (model->rowCount() == 0)
        return 0;
    return model->match(model->index(0, 0), Qt::DisplayRole, title, -1, Qt::MatchRecursive | Qt::MatchExactly).size();
}

} // namespace

TEST_CASE("The journal list follows writes it did not make itself", "[gui][changes]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("First"), QDate::currentDate());
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    REQUIRE(rowsTitled(list, QStringLiteral("First")) == 1);

    const ReflectionStore store(*db);
    Reflection later = test::addReflection(*db, QStringLiteral("Written elsewhere"), QDate::currentDate());
    CHECK(rowsTitled(list, QStringLiteral("Written elsewhere")) == 1);

    later.title = QStringLiteral("Renamed elsewhere");
    REQUIRE(store.update(later));
    CHECK(rowsTitled(list, QStringLiteral("Written elsewhere")) == 0);
    CHECK(rowsTitled(list, QStringLiteral("Renamed elsewhere")) == 1);

    REQUIRE(store.remove(later.id));
    CHECK(rowsTitled(list, QStringLiteral("Renamed elsewhere")) == 0);
    CHECK(rowsTitled(list, QStringLiteral("First")) == 1);
}

TEST_CASE("A replaced journal is read again by the journal view", "[gui][changes]")
{
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->model()->rowCount() == 0);

    {
        // A bulk writer announces one replacement for everything it wrote.
        JournalChanges::Batch batch(db->changes());
        test::addReflection(*db, QStringLiteral("Restored one"), QDate(2024, 3, 1));
        test::addReflection(*db, QStringLiteral("Restored two"), QDate(2024, 3, 2));
        db->changes().replaced();
        CHECK(window.journal()->model()->rowCount() == 0); // nothing sent inside the batch
    }
    QTreeView* list = window.journal()->panel()->list();
    CHECK(rowsTitled(list, QStringLiteral("Restored one")) == 1);
    CHECK(rowsTitled(list, QStringLiteral("Restored two")) == 1);
}

TEST_CASE("A hidden summary view reads the journal when it is shown, not on every change", "[gui][changes]")
{
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* actions = window.findChild<ActionsView*>();
    REQUIRE(actions);
    auto* tree = actions->findChild<QTreeWidget*>();
    REQUIRE(tree);
    REQUIRE_FALSE(actions->isVisible());

    Reflection r;
    r.title = QStringLiteral("Rota");
    r.date = QDate::currentDate();
    r.actions.append(Action{});
    r.actions.last().text = QStringLiteral("Ask for the new rota");
    REQUIRE(ReflectionStore(*db).add(r));
    QCoreApplication::processEvents();
    auto shows = [tree](const QString& text) {
        return !tree->findItems(text, Qt::MatchRecursive | Qt::MatchExactly).isEmpty();
    };
    CHECK_FALSE(shows(QStringLiteral("Ask for the new rota"))); // hidden: not read yet

    REQUIRE(window.showView(QStringLiteral("actions")));
    CHECK(shows(QStringLiteral("Ask for the new rota")));

    // Visible: a change shows after the current event, once.
    Reflection second = r;
    second.id.clear();
    second.title = QStringLiteral("Supervision prep");
    second.actions.first().id.clear();
    second.actions.first().text = QStringLiteral("Bring the case notes");
    REQUIRE(ReflectionStore(*db).add(second));
    CHECK_FALSE(shows(QStringLiteral("Bring the case notes")));
    QCoreApplication::processEvents();
    CHECK(shows(QStringLiteral("Bring the case notes")));
}
