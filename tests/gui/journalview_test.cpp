#include "app/common/noticebar.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/emptyjournalpage.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/trashstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
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

TEST_CASE("Delete moves the reflection to the trash and Undo puts it back", "[gui][journal][trash]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection kept = test::addReflection(*db, QStringLiteral("Night shift"), QDate(2024, 2, 1));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.action(QStringLiteral("newReflection"))->trigger();
    ReflectionEditor* editor = window.journal()->editor();
    test::typeText(editor->titleEdit(), QStringLiteral("Tŷ Gwyn visit"));
    editor->bodyEdit()->setFocus();
    test::typeText(editor->bodyEdit(), QStringLiteral("Typed just before deleting."));
    const QString id = editor->reflectionId();
    QAction* undoDelete = window.action(QStringLiteral("undoDelete"));
    CHECK_FALSE(undoDelete->isEnabled());

    // No question: the trash and Undo make it safe.
    window.action(QStringLiteral("deleteReflection"))->trigger();
    CHECK(MessageBox::answeredTexts().isEmpty());
    CHECK_FALSE(editor->hasReflection());
    CHECK(ReflectionStore(*db).count().value() == 1);
    auto trashed = TrashStore(*db).list();
    REQUIRE(trashed.ok());
    REQUIRE(trashed->size() == 1);
    CHECK(trashed->first().reflectionId == id);
    CHECK(window.journal()->notice()->text().contains(QStringLiteral("“Tŷ Gwyn visit” was moved to the trash.")));
    CHECK(window.journal()->notice()->actionButton()->isVisible());
    CHECK(undoDelete->isEnabled());

    // The notice's Undo button puts it back whole, with what was typed last, and opens it.
    QTest::mouseClick(window.journal()->notice()->actionButton(), Qt::LeftButton);
    REQUIRE(editor->hasReflection());
    CHECK(editor->reflectionId() == id);
    CHECK(editor->bodyEdit()->toPlainText() == QStringLiteral("Typed just before deleting."));
    CHECK(ReflectionStore(*db).count().value() == 2);
    CHECK(TrashStore(*db).count().value() == 0);
    CHECK(window.journal()->notice()->text().isEmpty());
    CHECK_FALSE(undoDelete->isEnabled());

    // Edit ▸ Undo Delete does the same.
    window.action(QStringLiteral("deleteReflection"))->trigger();
    REQUIRE(undoDelete->isEnabled());
    undoDelete->trigger();
    CHECK(editor->reflectionId() == id);
    CHECK(TrashStore(*db).count().value() == 0);
    CHECK(ReflectionStore(*db).find(kept.id).value().has_value());
}

TEST_CASE("A new reflection left blank is deleted for good, not kept or trashed", "[gui][journal][trash]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection older = test::addReflection(*db, QStringLiteral("Older"), QDate(2023, 1, 4));
    {
        MainWindow window(*db);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // Made and left for another one: gone, and not in the trash.
        window.action(QStringLiteral("newReflection"))->trigger();
        const QString blank = window.journal()->editor()->reflectionId();
        REQUIRE(ReflectionStore(*db).count().value() == 2);
        REQUIRE(window.journal()->openReflection(older.id, older.date));
        CHECK_FALSE(ReflectionStore(*db).find(blank).value().has_value());
        CHECK(ReflectionStore(*db).count().value() == 1);
        CHECK(TrashStore(*db).count().value() == 0);

        // Made twice in a row: only one is left.
        window.action(QStringLiteral("newReflection"))->trigger();
        window.action(QStringLiteral("newReflection"))->trigger();
        CHECK(ReflectionStore(*db).count().value() == 2);

        // One with only a tag is not blank: it is kept.
        window.action(QStringLiteral("newReflection"))->trigger();
        test::typeText(window.journal()->editor()->tagsEdit(), QStringLiteral("handover"));
        REQUIRE(window.journal()->openReflection(older.id, older.date));
        CHECK(ReflectionStore(*db).count().value() == 2);

        // A blank one still open when the window closes goes too.
        window.action(QStringLiteral("newReflection"))->trigger();
        CHECK(ReflectionStore(*db).count().value() == 3);
        CHECK(window.close());
    }
    CHECK(ReflectionStore(*db).count().value() == 2);
    CHECK(TrashStore(*db).count().value() == 0);
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
