#include "app/dialogs/messagebox.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/trash/trashdialog.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/trashkeeper.h"
#include "core/journal/trashstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

QString trash(const Database& db, const QString& title, const QDate& date)
{
    const Reflection r = test::addReflection(db, title, date, {}, title + QStringLiteral(" body"));
    auto trashed = ReflectionStore(db).moveToTrash(r.id);
    REQUIRE(trashed.ok());
    return r.id;
}

TrashDialog* openTrash(MainWindow& window)
{
    QAction* show = window.action(QStringLiteral("showTrash"));
    REQUIRE(show);
    show->trigger();
    auto* dialog = window.findChild<TrashDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void choose(TrashDialog* dialog, const QString& title)
{
    dialog->list()->clearSelection();
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
        if (dialog->list()->topLevelItem(i)->text(0) == title)
            dialog->list()->topLevelItem(i)->setSelected(true);
    }
    REQUIRE(dialog->list()->selectedItems().size() == 1);
}

} // namespace

TEST_CASE("The Trash window lists, restores, deletes for good and empties, asking first", "[gui][trash]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const QString visit = trash(*db, QStringLiteral("Tŷ Gwyn visit"), QDate(2024, 1, 9));
    trash(*db, QStringLiteral("Night shift"), QDate(2024, 2, 1));
    trash(*db, QStringLiteral("Handover"), QDate(2024, 3, 5));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    TrashDialog* dialog = openTrash(window);
    QTreeWidget* list = dialog->list();
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Handover")); // the newest deleted first
    CHECK(list->topLevelItem(2)->text(1) == QLocale().toString(QDate(2024, 1, 9), QLocale::ShortFormat));
    CHECK_FALSE(list->topLevelItem(0)->text(2).isEmpty());

    // Restore: back in the journal, whole, and opened there.
    choose(dialog, QStringLiteral("Tŷ Gwyn visit"));
    dialog->findChild<QPushButton*>(QStringLiteral("restoreFromTrash"))->click();
    CHECK(list->topLevelItemCount() == 2);
    auto back = ReflectionStore(*db).find(visit);
    REQUIRE(back.ok());
    REQUIRE(back->has_value());
    CHECK((*back)->body == QStringLiteral("Tŷ Gwyn visit body"));
    CHECK(window.journal()->editor()->reflectionId() == visit);

    // Delete for Good asks; Cancel keeps it.
    choose(dialog, QStringLiteral("Night shift"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->deleteSelected();
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("Delete “Night shift” for good?")));
    CHECK(TrashStore(*db).count().value() == 2);
    MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
    dialog->deleteSelected();
    CHECK(TrashStore(*db).count().value() == 1);
    CHECK(list->topLevelItemCount() == 1);

    // Empty Trash asks, backs up, then empties.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->emptyTrash();
    CHECK(TrashStore(*db).count().value() == 1);
    MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
    dialog->emptyTrash();
    CHECK(TrashStore(*db).count().value() == 0);
    CHECK(QDir(TrashKeeper::backupFolder(*db)).entryList(QDir::Files).size() == 1);
    CHECK_FALSE(list->isVisible());
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("emptyTrash"))->isEnabled());
    CHECK(ReflectionStore(*db).count().value() == 1);
}

TEST_CASE("Opening the journal deletes trash older than 30 days, after a backup", "[gui][trash]")
{
    test::TempJournal journal;
    auto db = journal.open();
    trash(*db, QStringLiteral("Long gone"), QDate(2023, 1, 9));
    trash(*db, QStringLiteral("Recent"), QDate(2024, 2, 1));
    QSqlQuery age(db->connection());
    REQUIRE(age.exec(QStringLiteral("UPDATE reflection_trash SET deleted_at = '2020-01-01T10:00:00.000Z'"
                                    " WHERE title = 'Long gone'")));
    MainWindow window(*db);
    auto left = TrashStore(*db).list();
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->first().title == QStringLiteral("Recent"));
    const QStringList backups = QDir(TrashKeeper::backupFolder(*db)).entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    auto copy = Database::open(QDir(TrashKeeper::backupFolder(*db)).filePath(backups.constFirst()),
                               Database::OpenMode::ExistingOnly);
    REQUIRE(copy.ok());
    CHECK(TrashStore(**copy).count().value() == 2);
}

TEST_CASE("A stored date that is not valid is shown as such and kept until a date is picked", "[gui][editor]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection r = test::addReflection(*db, QStringLiteral("Imported long ago"), QDate(2024, 1, 9));
    QSqlQuery spoil(db->connection());
    REQUIRE(spoil.exec(QStringLiteral("UPDATE reflection SET entry_date = '2023-02-30'")));
    auto storedDate = [&] {
        QSqlQuery read(db->connection());
        REQUIRE(read.exec(QStringLiteral("SELECT entry_date FROM reflection")));
        REQUIRE(read.next());
        return read.value(0).toString();
    };
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(r.id, QDate()));
    ReflectionEditor* editor = window.journal()->editor();
    CHECK(editor->hasInvalidStoredDate());
    CHECK(editor->dateEdit()->text() == QStringLiteral("Not a valid date"));
    CHECK(editor->dateNote()->isVisible());
    CHECK(editor->dateNote()->text().contains(QStringLiteral("not a valid date")));

    // Editing something else keeps the stored value exactly.
    editor->titleEdit()->setFocus();
    test::typeText(editor->titleEdit(), QStringLiteral("!"));
    REQUIRE(window.journal()->saveNow());
    CHECK(storedDate() == QStringLiteral("2023-02-30"));
    CHECK(editor->hasInvalidStoredDate());

    // A language change does not pick a date either.
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(editor->hasInvalidStoredDate());
    test::switchLanguage(QStringLiteral("en"));
    REQUIRE(window.journal()->saveNow());
    CHECK(storedDate() == QStringLiteral("2023-02-30"));

    // Picking a date replaces it.
    editor->dateEdit()->setDate(QDate(2023, 2, 28));
    REQUIRE(window.journal()->saveNow());
    CHECK(storedDate() == QStringLiteral("2023-02-28"));
    CHECK_FALSE(editor->hasInvalidStoredDate());
    CHECK_FALSE(editor->dateNote()->isVisible());
}
