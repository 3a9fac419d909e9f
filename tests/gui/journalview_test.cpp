#include "app/dialogs/messagebox.h"
#include "app/journal/emptyjournalpage.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace myfyrio;

TEST_CASE("The empty journal's button starts a reflection dated today", "[gui][journal]")
{
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* empty = window.findChild<EmptyJournalPage*>();
    REQUIRE(empty);
    REQUIRE(empty->isVisible());
    CHECK_FALSE(window.action(QStringLiteral("deleteReflection"))->isEnabled());

    QTest::mouseClick(empty->newButton(), Qt::LeftButton);
    CHECK_FALSE(empty->isVisible());
    ReflectionEditor* editor = window.journal()->editor();
    REQUIRE(editor->hasReflection());
    CHECK(editor->reflection().date == QDate::currentDate());
    CHECK(editor->titleEdit()->hasFocus());
    CHECK(window.action(QStringLiteral("deleteReflection"))->isEnabled());
    CHECK(ReflectionStore(*db).count().value() == 1);
}

TEST_CASE("Deleting asks with the reflection's name and Cancel keeps it", "[gui][journal]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection kept = test::addReflection(*db, QStringLiteral("Night shift"), QDate(2024, 2, 1));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.journal()->panel();
    window.action(QStringLiteral("newReflection"))->trigger();
    test::typeText(window.journal()->editor()->titleEdit(), QStringLiteral("Tŷ Gwyn visit"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.action(QStringLiteral("deleteReflection"))->trigger();
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("Tŷ Gwyn visit")));
    CHECK(ReflectionStore(*db).count().value() == 2);
    CHECK(window.journal()->editor()->hasReflection());

    MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
    window.action(QStringLiteral("deleteReflection"))->trigger();
    auto left = ReflectionStore(*db).list();
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->first().id == kept.id);
    CHECK_FALSE(window.journal()->editor()->hasReflection());
    CHECK_FALSE(window.action(QStringLiteral("deleteReflection"))->isEnabled());
}

TEST_CASE("Another view can open a reflection in the journal", "[gui][journal]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection older = test::addReflection(*db, QStringLiteral("Older"), QDate(2023, 1, 4));
    test::addReflection(*db, QStringLiteral("Newer"), QDate(2024, 8, 1));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(older.id, older.date));
    CHECK(window.journal()->editor()->reflectionId() == older.id);
    CHECK(window.journal()->panel()->currentId() == older.id);
    CHECK_FALSE(window.journal()->openReflection(QStringLiteral("no-such-id"), older.date));
    CHECK(window.journal()->editor()->reflectionId() == older.id);
}
