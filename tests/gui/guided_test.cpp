#include "app/journal/actionrow.h"
#include "app/journal/actionspanel.h"
#include "app/journal/autosaver.h"
#include "app/journal/guidedanswerspanel.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/revisit/actionsview.h"
#include "app/revisit/calendarview.h"
#include "app/revisit/onthisdayview.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

bool waitForSave(Autosaver* autosaver)
{
    return QTest::qWaitFor([&] { return autosaver->state() == Autosaver::State::Saved; }, 5000);
}

void chooseModel(GuidedAnswersPanel* panel, const QString& code)
{
    const int index = panel->modelChooser()->findData(code);
    REQUIRE(index >= 0);
    panel->modelChooser()->setCurrentIndex(index);
}

void openFirst(MainWindow& window)
{
    QTreeView* list = window.journal()->panel()->list();
    const QModelIndex month = list->model()->index(0, 0);
    list->expand(month);
    REQUIRE(list->model()->rowCount(month) > 0);
    list->setCurrentIndex(list->model()->index(0, 0, month));
    REQUIRE(window.journal()->editor()->hasReflection());
}

} // namespace

TEST_CASE("Pick a model and fill two prompts and the answers are there after reopening", "[gui][models]")
{
    test::TempJournal journal;
    auto db = journal.open();
    {
        MainWindow window(*db);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.action(QStringLiteral("newReflection"))->trigger();
        auto* panel = window.findChild<GuidedAnswersPanel*>();
        REQUIRE(panel);
        test::typeText(window.journal()->editor()->titleEdit(), QStringLiteral("Ymweliad"));
        chooseModel(panel, QStringLiteral("gibbs"));
        QPlainTextEdit* description = panel->answerEdit(QStringLiteral("description"));
        QPlainTextEdit* feelings = panel->answerEdit(QStringLiteral("feelings"));
        REQUIRE(description);
        REQUIRE(feelings);
        description->setFocus();
        test::typeText(description, QStringLiteral("Roedd y tŷ yn oer."));
        feelings->setFocus();
        test::typeText(feelings, QStringLiteral("Pryderus"));
        REQUIRE(waitForSave(window.journal()->autosaver()));
        CHECK(window.close());
    }
    db.reset();
    db = journal.open();
    auto stored = ReflectionStore(*db).listFull();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().model == QStringLiteral("gibbs"));
    CHECK(stored->first().answers.value(QStringLiteral("description")) == QStringLiteral("Roedd y tŷ yn oer."));

    MainWindow reopened(*db);
    reopened.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reopened));
    openFirst(reopened);
    auto* panel = reopened.findChild<GuidedAnswersPanel*>();
    REQUIRE(panel);
    CHECK(panel->modelChooser()->currentData().toString() == QStringLiteral("gibbs"));
    REQUIRE(panel->answerEdit(QStringLiteral("description")));
    CHECK(panel->answerEdit(QStringLiteral("description"))->toPlainText() == QStringLiteral("Roedd y tŷ yn oer."));
    CHECK(panel->answerEdit(QStringLiteral("feelings"))->toPlainText() == QStringLiteral("Pryderus"));

    SECTION("switching to another model keeps the answers visible and editable")
    {
        chooseModel(panel, QStringLiteral("kolb"));
        auto* other = panel->findChild<QGroupBox*>(QStringLiteral("otherAnswers"));
        REQUIRE(other);
        QPlainTextEdit* kept = panel->answerEdit(QStringLiteral("feelings"));
        REQUIRE(kept);
        CHECK(other->isAncestorOf(kept));
        CHECK_FALSE(kept->isReadOnly());
        kept->setPlainText(QStringLiteral("Pryderus iawn"));
        REQUIRE(waitForSave(reopened.journal()->autosaver()));
        const Reflection saved =
            ReflectionStore(*db).find(reopened.journal()->editor()->reflectionId()).value().value();
        CHECK(saved.model == QStringLiteral("kolb"));
        CHECK(saved.answers.value(QStringLiteral("feelings")) == QStringLiteral("Pryderus iawn"));
        CHECK(saved.answers.value(QStringLiteral("description")) == QStringLiteral("Roedd y tŷ yn oer."));
        chooseModel(panel, QStringLiteral("gibbs"));
        QTest::qWait(0); // the replaced sections are deleted later
        auto* stillOther = panel->findChild<QGroupBox*>(QStringLiteral("otherAnswers"));
        const bool feelingsAnsweredInPlace =
            stillOther == nullptr || !stillOther->isAncestorOf(panel->answerEdit(QStringLiteral("feelings")));
        CHECK(feelingsAnsweredInPlace);
        CHECK(panel->answerEdit(QStringLiteral("feelings"))->toPlainText() == QStringLiteral("Pryderus iawn"));
    }
    SECTION("the learning cycle's scale questions change with the scale")
    {
        chooseModel(panel, QStringLiteral("learning_cycle"));
        QPlainTextEdit* enabling = panel->answerEdit(QStringLiteral("enabling"));
        REQUIRE(enabling);
        panel->scaleChooser()->setCurrentIndex(panel->scaleChooser()->findData(QStringLiteral("person")));
        const QString personTitle = enabling->accessibleName();
        panel->scaleChooser()->setCurrentIndex(panel->scaleChooser()->findData(QStringLiteral("country")));
        CHECK(enabling->accessibleName() != personTitle);
        CHECK(enabling->accessibleName().contains(QStringLiteral("country")));
    }
}

TEST_CASE("Actions added in the editor appear in the Actions view which opens their reflection", "[gui][actions]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("Older"), QDate::currentDate().addDays(-20));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.action(QStringLiteral("newReflection"))->trigger();
    test::typeText(window.journal()->editor()->titleEdit(), QStringLiteral("Visit"));
    const QString id = window.journal()->editor()->reflectionId();
    auto* actions = window.findChild<ActionsPanel*>();
    REQUIRE(actions);
    ActionRow* row = actions->addAction();
    test::typeText(row->textEdit(), QStringLiteral("Ring the GP"));
    row->dueBox()->setChecked(true);
    row->dueEdit()->setDate(QDate::currentDate().addDays(-1));
    REQUIRE(waitForSave(window.journal()->autosaver()));

    // Opening another reflection and back keeps the action (and its id).
    auto* view = window.findChild<ActionsView*>();
    REQUIRE(view);
    REQUIRE(window.showView(QStringLiteral("actions")));
    view->refresh();
    QTreeWidget* tree = view->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* overdue = tree->topLevelItem(0);
    REQUIRE(overdue->childCount() == 1);
    CHECK(overdue->child(0)->text(0) == QStringLiteral("Ring the GP"));
    REQUIRE(window.showView(QStringLiteral("journal")));
    openFirst(window);
    REQUIRE(window.showView(QStringLiteral("actions")));
    emit tree->itemActivated(tree->topLevelItem(0)->child(0), 0);
    CHECK(window.currentViewId() == QStringLiteral("journal"));
    CHECK(window.journal()->editor()->reflectionId() == id);
    CHECK(actions->rows().size() == 1);
    const Reflection saved = ReflectionStore(*db).find(id).value().value();
    REQUIRE(saved.actions.size() == 1);
    CHECK(saved.actions.first().due == QDate::currentDate().addDays(-1));

    // Ticked in the Actions view while open in the editor: a later save keeps it ticked.
    REQUIRE(window.showView(QStringLiteral("actions")));
    view->refresh();
    tree->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
    CHECK(actions->rows().first()->doneBox()->isChecked());
    REQUIRE(window.showView(QStringLiteral("journal")));
    window.journal()->editor()->titleEdit()->setFocus();
    test::typeText(window.journal()->editor()->titleEdit(), QStringLiteral(" again"));
    REQUIRE(waitForSave(window.journal()->autosaver()));
    const Reflection resaved = ReflectionStore(*db).find(id).value().value();
    CHECK(resaved.title == QStringLiteral("Visit again"));
    REQUIRE(resaved.actions.size() == 1);
    CHECK(resaved.actions.first().done);
}

TEST_CASE("The calendar marks days with reflections and lists a day's reflections", "[gui][revisit]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const QDate day = QDate::currentDate().addDays(-2);
    const Reflection added = test::addReflection(*db, QStringLiteral("Two days ago"), day);
    CalendarView view(*db);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.calendar()->dateTextFormat(day).fontWeight() == QFont::Bold);
    CHECK(view.calendar()->dateTextFormat(day.addDays(-1)).fontWeight() != QFont::Bold);
    view.showDay(day);
    REQUIRE(view.dayList()->count() == 1);
    CHECK(view.dayList()->item(0)->text() == QStringLiteral("Two days ago"));
    QString opened;
    QObject::connect(&view, &CalendarView::openReflection, &view, [&](const QString& id) { opened = id; });
    emit view.dayList()->itemClicked(view.dayList()->item(0));
    CHECK(opened == added.id);
}

TEST_CASE("The journal list is filtered by system scale", "[gui][models]")
{
    test::TempJournal journal;
    auto db = journal.open();
    Reflection place;
    place.title = QStringLiteral("Town");
    place.date = QDate::currentDate();
    place.model = QStringLiteral("learning_cycle");
    place.scale = QStringLiteral("place");
    REQUIRE(ReflectionStore(*db).add(place).ok());
    test::addReflection(*db, QStringLiteral("No scale"), QDate::currentDate());
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.journal()->model()->totalCount() == 2);
    auto* filter = window.findChild<QComboBox*>(QStringLiteral("scaleFilter"));
    REQUIRE(filter);
    const int index = filter->findData(QStringLiteral("place"));
    REQUIRE(index > 0);
    filter->setCurrentIndex(index);
    emit filter->activated(index);
    CHECK(window.journal()->model()->filter().scale == QStringLiteral("place"));
    CHECK(window.journal()->model()->totalCount() == 1);
    filter->setCurrentIndex(filter->findData(QStringLiteral("person")));
    emit filter->activated(filter->currentIndex());
    CHECK(window.journal()->model()->totalCount() == 0);
}
