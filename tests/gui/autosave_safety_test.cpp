#include "app/common/autosavetimer.h"
#include "app/common/noticebar.h"
#include "app/journal/autosaver.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTest>

using namespace myfyrio;

namespace {

QString saveStateText(const MainWindow& window)
{
    const auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("saveState"));
    return label ? label->text() : QString();
}

Reflection stored(const Database& db, const QString& id)
{
    auto found = ReflectionStore(db).find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

} // namespace

TEST_CASE("At most two seconds of typing are unsaved: the longest wait is two seconds or less", "[gui][autosave]")
{
    CHECK(AutosaveTimer::defaultMaxWaitMilliseconds <= 2000);
    CHECK(AutosaveTimer::maxWaitMilliseconds() == AutosaveTimer::defaultMaxWaitMilliseconds);
    CHECK(AutosaveTimer::quietMilliseconds() <= AutosaveTimer::maxWaitMilliseconds());
}

TEST_CASE("Typing without a pause is still saved within the longest wait", "[gui][autosave]")
{
    // The quiet pause never comes (each key restarts a 60 s wait); only the
    // longest wait can save.
    AutosaveTimer::setDelays(60000, 300);
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection original = test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2));
    ReflectionEditor editor;
    editor.setReflection(original);
    Autosaver saver(*db, &editor);
    editor.bodyEdit()->setFocus();
    int typed = 0;
    const bool savedWhileTyping = QTest::qWaitFor(
        [&] {
            test::typeText(editor.bodyEdit(), QStringLiteral("a"));
            ++typed;
            QTest::qWait(20);
            return stored(*db, original.id).body.size() > 0;
        },
        5000);
    // Saved while the typing went on: the quiet pause (a minute) never came.
    REQUIRE(savedWhileTyping);
    CHECK(typed < 200);
    saver.discard();
}

TEST_CASE("A save that clashes with a change made elsewhere keeps both texts and says so", "[gui][autosave]")
{
    test::switchLanguage(QStringLiteral("en"));
    AutosaveTimer::setDelays(60000, 60000);
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection original =
        test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2), {}, QStringLiteral("First words."));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(original.id, original.date));
    ReflectionEditor* editor = window.journal()->editor();
    QPlainTextEdit* body = editor->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    test::typeText(body, QStringLiteral(" Mine."));

    // A second writer on the same file (another window, the command line) changes the same part.
    {
        auto other = journal.open();
        Reflection theirs = stored(*other, original.id);
        theirs.body = QStringLiteral("First words. Theirs.");
        REQUIRE(ReflectionStore(*other).update(theirs).ok());
    }
    REQUIRE(window.journal()->saveNow());

    // Nothing was overwritten: their version stands, mine is a new reflection open here.
    CHECK(stored(*db, original.id).body == QStringLiteral("First words. Theirs."));
    REQUIRE(editor->reflectionId() != original.id);
    const Reflection copy = stored(*db, editor->reflectionId());
    CHECK(copy.body == QStringLiteral("First words. Mine."));
    CHECK(copy.title == QStringLiteral("Handover (your copy)"));
    CHECK(copy.date == original.date);
    CHECK(editor->titleEdit()->text() == QStringLiteral("Handover (your copy)"));
    CHECK(ReflectionStore(*db).count().value() == 2);
    const QString notice = window.journal()->notice()->text();
    CHECK(notice.contains(QStringLiteral("“Handover” was changed somewhere else")));
    CHECK(notice.contains(QStringLiteral("“Handover (your copy)”, open here")));
    CHECK(saveStateText(window) == QStringLiteral("All changes saved"));

    // Typing goes on in the copy, and saves there.
    test::typeText(body, QStringLiteral(" More."));
    REQUIRE(window.journal()->saveNow());
    CHECK(stored(*db, copy.id).body == QStringLiteral("First words. Mine. More."));
    CHECK(stored(*db, original.id).body == QStringLiteral("First words. Theirs."));

    // Changes to different parts still merge without a copy.
    {
        auto other = journal.open();
        Reflection theirs = stored(*other, copy.id);
        theirs.tags = {QStringLiteral("handover")};
        REQUIRE(ReflectionStore(*other).update(theirs).ok());
    }
    test::typeText(body, QStringLiteral(" Last."));
    REQUIRE(window.journal()->saveNow());
    CHECK(editor->reflectionId() == copy.id);
    CHECK(stored(*db, copy.id).tags == QStringList{QStringLiteral("handover")});
    CHECK(ReflectionStore(*db).count().value() == 2);
}

TEST_CASE("A reflection deleted elsewhere while it is written in is kept as a copy", "[gui][autosave]")
{
    test::switchLanguage(QStringLiteral("en"));
    AutosaveTimer::setDelays(60000, 60000);
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection original = test::addReflection(*db, QStringLiteral("Night shift"), QDate(2024, 4, 2));
    auto other = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(original.id, original.date));
    window.journal()->editor()->bodyEdit()->setFocus();
    test::typeText(window.journal()->editor()->bodyEdit(), QStringLiteral("Still writing."));
    // Another process moved it to the trash (this window hears nothing of it).
    REQUIRE(ReflectionStore(*other).moveToTrash(original.id).ok());
    REQUIRE(window.journal()->saveNow());
    const Reflection copy = stored(*db, window.journal()->editor()->reflectionId());
    CHECK(copy.body == QStringLiteral("Still writing."));
    CHECK(copy.title == QStringLiteral("Night shift (your copy)"));
    CHECK(window.journal()->notice()->text().contains(QStringLiteral("was deleted somewhere else")));
}

TEST_CASE("Saves written on the saving thread are announced, and typing during a save is saved next", "[gui][autosave]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection original = test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2));
    ReflectionEditor editor;
    editor.setReflection(original);
    Autosaver saver(*db, &editor);
    QStringList changed;
    int tagChanges = 0;
    QObject::connect(&db->changes(), &JournalChanges::reflectionsChanged,
                     [&](const QStringList& ids) { changed << ids; });
    QObject::connect(&db->changes(), &JournalChanges::tagsChanged, [&] { ++tagChanges; });

    AutosaveTimer::setDelays(0, 0);
    editor.bodyEdit()->setFocus();
    test::typeText(editor.bodyEdit(), QStringLiteral("a"));
    QCoreApplication::processEvents();                      // the save comes due and starts
    test::typeText(editor.bodyEdit(), QStringLiteral("b")); // typed while it is written
    REQUIRE(QTest::qWaitFor([&] { return saver.state() == Autosaver::State::Saved; }, 5000));
    CHECK(stored(*db, original.id).body == QStringLiteral("ab"));
    CHECK(editor.bodyEdit()->toPlainText() == QStringLiteral("ab"));
    CHECK(changed.contains(original.id));
    CHECK(tagChanges == 0);

    test::typeText(editor.tagsEdit(), QStringLiteral("rota"));
    REQUIRE(QTest::qWaitFor([&] { return saver.state() == Autosaver::State::Saved; }, 5000));
    CHECK(stored(*db, original.id).tags == QStringList{QStringLiteral("rota")});
    CHECK(tagChanges == 1);
}

TEST_CASE("Saving before the app ends waits for the save being written and keeps what was typed since",
          "[gui][autosave][signals]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection original = test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2));
    ReflectionEditor editor;
    editor.setReflection(original);
    Autosaver saver(*db, &editor);

    AutosaveTimer::setDelays(0, 0);
    editor.bodyEdit()->setFocus();
    test::typeText(editor.bodyEdit(), QStringLiteral("first"));
    QCoreApplication::processEvents(); // the save comes due and is being written
    AutosaveTimer::setDelays(60000, 60000);
    test::typeText(editor.bodyEdit(), QStringLiteral(" then more")); // typed meanwhile: no save due
    REQUIRE(saver.hasUnsavedChanges());

    // What SIGTERM, SIGINT, SIGHUP and closing the window do.
    CHECK(EditSaver::saveEverything().isEmpty());
    CHECK(saver.state() == Autosaver::State::Saved);
    CHECK(stored(*db, original.id).body == QStringLiteral("first then more"));
    CHECK(stored(*db, original.id).revision > original.revision);
}

TEST_CASE("Between saves the saving thread holds the journal open nowhere, so the file can be closed and replaced",
          "[gui][autosave]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection original = test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2));
    ReflectionEditor editor;
    editor.setReflection(original);
    Autosaver saver(*db, &editor);

    AutosaveTimer::setDelays(0, 0);
    editor.bodyEdit()->setFocus();
    test::typeText(editor.bodyEdit(), QStringLiteral("written on the saving thread"));
    REQUIRE(QTest::qWaitFor([&] { return saver.state() == Autosaver::State::Saved; }, 5000));
    const QString wal = db->path() + QStringLiteral("-wal");
    REQUIRE(QFile::exists(wal));

    // Closing the journal's own connection (as a restore does before it
    // replaces the file) folds the WAL file in and removes it only when no
    // other connection is open.
    QSqlDatabase own = db->connection();
    own.close();
    CHECK_FALSE(QFile::exists(wal));
    REQUIRE(own.open());

    auto reopened = Database::open(db->path());
    REQUIRE(reopened.ok());
    CHECK(stored(**reopened, original.id).body == QStringLiteral("written on the saving thread"));
}
