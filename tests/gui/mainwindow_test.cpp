#include "app/journal/autosaver.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    const QList<QAction*> actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles.append(action->text().remove(QLatin1Char('&')));
    return titles;
}

bool waitUntilSaved(Autosaver* autosaver, int milliseconds = 5000)
{
    return QTest::qWaitFor([&] { return autosaver->state() == Autosaver::State::Saved; }, milliseconds);
}

QString statusText(const MainWindow& window)
{
    QStringList texts;
    const QList<QLabel*> labels = window.statusBar()->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

/// Chooses the first reflection in the list, as a click would.
void chooseFirstReflection(MainWindow& window)
{
    QTreeView* list = window.journal()->panel()->list();
    const QModelIndex month = list->model()->index(0, 0);
    list->expand(month);
    REQUIRE(list->model()->rowCount(month) > 0);
    list->setCurrentIndex(list->model()->index(0, 0, month));
    REQUIRE(window.journal()->editor()->hasReflection());
}

const QString welshTitle = QStringLiteral("Dŵr yn y tŷ");
const QString welshBody = QStringLiteral("Roedd y dŵr yn oer. Ŷ a Ŵ hefyd; ŷ ŵ.");

} // namespace

TEST_CASE("A reflection typed with ŵ and ŷ is there after closing and reopening", "[gui][autosave]")
{
    test::TempJournal journal;
    auto db = journal.open();
    {
        MainWindow window(*db);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.action(QStringLiteral("newReflection"))->trigger();
        ReflectionEditor* editor = window.journal()->editor();
        REQUIRE(editor->hasReflection());
        REQUIRE(editor->titleEdit()->hasFocus());
        test::typeText(editor->titleEdit(), welshTitle);
        editor->bodyEdit()->setFocus();
        test::typeText(editor->bodyEdit(), welshBody);
        CHECK(window.journal()->autosaver()->state() != Autosaver::State::Saved);
        REQUIRE(waitUntilSaved(window.journal()->autosaver()));
        CHECK(statusText(window).contains(QStringLiteral("All changes saved")));
        CHECK(window.close());
    }
    db.reset();
    db = journal.open();

    auto stored = ReflectionStore(*db).listFull();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().title == welshTitle);
    CHECK(stored->first().body == welshBody);

    MainWindow reopened(*db);
    reopened.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reopened));
    chooseFirstReflection(reopened);
    CHECK(reopened.journal()->editor()->titleEdit()->text() == welshTitle);
    CHECK(reopened.journal()->editor()->bodyEdit()->toPlainText() == welshBody);
}

TEST_CASE("Typing in the last second is saved when the window closes", "[gui][autosave]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection existing = test::addReflection(*db, QStringLiteral("Before"), QDate(2024, 3, 1));
    {
        MainWindow window(*db);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        chooseFirstReflection(window);
        window.journal()->editor()->bodyEdit()->setFocus();
        test::typeText(window.journal()->editor()->bodyEdit(), QStringLiteral("Written just before closing."));
        CHECK(window.journal()->autosaver()->hasUnsavedChanges());
        CHECK(window.close());
    }
    auto found = ReflectionStore(*db).find(existing.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->body == QStringLiteral("Written just before closing."));
}

TEST_CASE("Switching the language live makes the menus Welsh and back", "[gui][language]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::switchLanguage(QStringLiteral("en"));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(
        menuTitles(window)
        == QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Help")});

    test::switchLanguage(QStringLiteral("cy"));
    REQUIRE(QTest::qWaitFor([&] { return menuTitles(window).first() == QStringLiteral("Ffeil"); }, 5000));
    CHECK(menuTitles(window)
          == QStringList{QStringLiteral("Ffeil"), QStringLiteral("Golygu"), QStringLiteral("Golwg"),
                         QStringLiteral("Cymorth")});
    CHECK(window.action(QStringLiteral("newReflection"))->text().remove(QLatin1Char('&'))
          == QStringLiteral("Myfyrdod Newydd"));

    test::switchLanguage(QStringLiteral("en"));
    REQUIRE(QTest::qWaitFor([&] { return menuTitles(window).first() == QStringLiteral("File"); }, 5000));
    CHECK(menuTitles(window).last() == QStringLiteral("Help"));
}

TEST_CASE("A failing save keeps the text and the retry saves it", "[gui][autosave]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection existing = test::addReflection(*db, QStringLiteral("Shift notes"), QDate(2024, 5, 2));
    MainWindow window(*db);
    const QString otherTitle = QStringLiteral("Another");
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    chooseFirstReflection(window);

    // Another connection to the same file makes every update fail for real.
    const QString name = QStringLiteral("saboteur");
    {
        QSqlDatabase saboteur = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        saboteur.setDatabaseName(journal.path());
        REQUIRE(saboteur.open());
        QSqlQuery trigger(saboteur);
        INFO(trigger.lastError().text().toStdString());
        REQUIRE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON reflection "
                                            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
    }

    Autosaver* autosaver = window.journal()->autosaver();
    QPlainTextEdit* body = window.journal()->editor()->bodyEdit();
    body->setFocus();
    const QString typed = QStringLiteral("Nothing I type is lost: dŵr.");
    test::typeText(body, typed);
    REQUIRE(QTest::qWaitFor([&] { return autosaver->state() == Autosaver::State::Failed; }, 5000));
    CHECK(body->toPlainText() == typed);
    CHECK(statusText(window).contains(QStringLiteral("Could not save")));
    CHECK_FALSE(autosaver->failure().isEmpty());

    // Choosing another entry while the save fails keeps this one open.
    {
        QSqlQuery insert(QSqlDatabase::database(name));
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at,"
                                           " body, lang, bring_to_supervision) VALUES ('other', 'Another',"
                                           " '2024-05-09', '2024-05-09T10:00:00.000Z', '2024-05-09T10:00:00.000Z',"
                                           " '', 'en', 0)")));
    }
    window.journal()->panel()->reload();
    REQUIRE(window.journal()
                ->panel()
                ->list()
                ->model()
                ->index(0, 0, window.journal()->panel()->list()->model()->index(0, 0))
                .data()
                .toString()
            == otherTitle);
    chooseFirstReflection(window);
    CHECK(window.journal()->editor()->reflectionId() == existing.id);
    CHECK(body->toPlainText() == typed);

    {
        QSqlDatabase saboteur = QSqlDatabase::database(name);
        QSqlQuery drop(saboteur);
        REQUIRE(drop.exec(QStringLiteral("DROP TRIGGER refuse")));
        saboteur.close();
    }
    QSqlDatabase::removeDatabase(name);

    REQUIRE(waitUntilSaved(autosaver, 3 * Autosaver::retryMilliseconds));
    auto found = ReflectionStore(*db).find(existing.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->body == typed);
    CHECK(statusText(window).contains(QStringLiteral("All changes saved")));
}
