#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/search/ftsquery.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

/// Reflections spread over months; speeds the writes up with synchronous=OFF,
/// which only this test's connection uses.
void addMany(const Database& db, int count, int months)
{
    QSqlQuery fast(db.connection());
    REQUIRE(fast.exec(QStringLiteral("PRAGMA synchronous=OFF")));
    const QDate start(2023, 1, 15);
    for (int i = 0; i < count; ++i) {
        Reflection r;
        r.title = QStringLiteral("Reflection %1").arg(i);
        r.date = start.addMonths(i % months).addDays(-(i % 10));
        r.body = QStringLiteral("Notes %1").arg(i);
        REQUIRE(ReflectionStore(db).add(r).ok());
    }
    REQUIRE(fast.exec(QStringLiteral("PRAGMA synchronous=FULL")));
}

int visibleReflections(QTreeView* list)
{
    int total = 0;
    for (int m = 0; m < list->model()->rowCount(); ++m)
        total += list->model()->rowCount(list->model()->index(m, 0));
    return total;
}

QStringList loadedTitles(const QAbstractItemModel* model)
{
    QStringList titles;
    for (int m = 0; m < model->rowCount(); ++m) {
        const QModelIndex month = model->index(m, 0);
        for (int r = 0; r < model->rowCount(month); ++r)
            titles.append(model->index(r, 0, month).data().toString());
    }
    return titles;
}

} // namespace

TEST_CASE("The journal model reads months at once and reflections a page at a time", "[gui][model]")
{
    test::TempJournal journal;
    auto db = journal.open();
    addMany(*db, 3000, 6);

    JournalModel model(*db);
    CHECK(model.rowCount() == 6);
    CHECK(model.totalCount() == 3000);
    CHECK(model.loadedReflectionCount() == 0);

    const QModelIndex newest = model.index(0, 0);
    CHECK(newest.data(JournalModel::DateRole).toDate() == QDate(2023, 6, 1));
    CHECK(newest.data(JournalModel::CountRole).toInt() == 500);
    CHECK(newest.data().toString() == QStringLiteral("June 2023"));
    REQUIRE(model.canFetchMore(newest));
    model.fetchMore(newest);
    CHECK(model.rowCount(newest) == JournalModel::pageSize);
    CHECK(model.loadedReflectionCount() == JournalModel::pageSize);
    // A view may fetch only the first page by itself; the rest come when asked for.
    CHECK_FALSE(model.canFetchMore(newest));
    REQUIRE(model.hasMore(newest));
    model.fetchMore(newest);
    CHECK(model.rowCount(newest) == 2 * JournalModel::pageSize);

    // Newest first inside a month.
    const QDate first = model.index(0, 0, newest).data(JournalModel::DateRole).toDate();
    const QDate last = model.index(model.rowCount(newest) - 1, 0, newest).data(JournalModel::DateRole).toDate();
    CHECK(first >= last);

    // Finding one reflection pages in only as far as it.
    auto oldest = ReflectionStore(*db).list({}, 1, 2999);
    REQUIRE(oldest.ok());
    const QModelIndex found = model.indexOf(oldest->first().id, oldest->first().date);
    REQUIRE(found.isValid());
    CHECK(found.data(JournalModel::IdRole).toString() == oldest->first().id);
    CHECK(model.loadedReflectionCount() < 1000);
}

TEST_CASE("The journal list in a window loads only what is shown", "[gui][model]")
{
    test::TempJournal journal;
    auto db = journal.open();
    addMany(*db, 3000, 6);
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QTreeView* list = window.journal()->panel()->list();
    const int before = visibleReflections(list);
    CHECK(before > 0);
    CHECK(before <= 3 * JournalModel::pageSize);

    // Scrolling to the end of what is loaded pages in more.
    list->scrollToBottom();
    REQUIRE(QTest::qWaitFor([&] { return visibleReflections(list) > before; }, 3000));
    CHECK(visibleReflections(list) < 3000);
}

TEST_CASE("The tag filter and the search box narrow the list", "[gui][filter]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 3), {QStringLiteral("teamwork")},
                        QStringLiteral("The handover was rushed."));
    test::addReflection(*db, QStringLiteral("Ymweliad"), QDate(2024, 4, 8), {QStringLiteral("diogelu")},
                        QStringLiteral("Gofynnais am y dŵr a'r bwyd."), QStringLiteral("cy"));
    test::addReflection(*db, QStringLiteral("Referral"), QDate(2024, 3, 20), {QStringLiteral("diogelu")},
                        QStringLiteral("My first safeguarding referral."));

    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    JournalPanel* panel = window.journal()->panel();
    const QAbstractItemModel* model = panel->list()->model();
    CHECK(loadedTitles(model)
          == QStringList{QStringLiteral("Ymweliad"), QStringLiteral("Handover"), QStringLiteral("Referral")});

    // Tags: "All tags" first, then the tags in order.
    QComboBox* tags = panel->tagFilter();
    REQUIRE(tags->count() == 3);
    CHECK(tags->itemText(0) == QStringLiteral("All tags"));
    const int diogelu = tags->findData(QStringLiteral("diogelu"));
    REQUIRE(diogelu == 1);
    tags->setCurrentIndex(diogelu);
    emit tags->activated(diogelu);
    CHECK(loadedTitles(model) == QStringList{QStringLiteral("Ymweliad"), QStringLiteral("Referral")});

    // Typing in the search box narrows further, after a short pause; "dwr" finds "dŵr".
    window.action(QStringLiteral("find"))->trigger();
    CHECK(panel->searchBox()->hasFocus());
    test::typeText(panel->searchBox(), QStringLiteral("dwr"));
    REQUIRE(QTest::qWaitFor([&] { return loadedTitles(model) == QStringList{QStringLiteral("Ymweliad")}; }, 3000));
    const QModelIndex hit = model->index(0, 0, model->index(0, 0));
    CHECK(snippetToPlain(hit.data(JournalModel::SnippetRole).toString()).contains(QStringLiteral("[dŵr]")));

    // Nothing matches: the list says so.
    panel->searchBox()->setText(QStringLiteral("handover"));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 0; }, 3000));

    tags->setCurrentIndex(0);
    emit tags->activated(0);
    CHECK(loadedTitles(model) == QStringList{QStringLiteral("Handover")});
    panel->searchBox()->clear();
    REQUIRE(QTest::qWaitFor([&] { return loadedTitles(model).size() == 3; }, 3000));
}
