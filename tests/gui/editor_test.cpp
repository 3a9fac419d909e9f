#include "app/journal/autosaver.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/journal/reflectionpanel.h"
#include "app/journal/tagedit.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

/// A panel that keeps one word in the reflection's title, to show that panels
/// take part in loading and saving.
class SuffixPanel : public ReflectionPanel
{
public:
    QString loadedTitle;
    QString suffix = QStringLiteral(" (panel)");
    void load(const Reflection& reflection) override { loadedTitle = reflection.title; }
    void store(Reflection& reflection) const override { reflection.title += suffix; }
    void edit() { emit changed(); }
};

} // namespace

TEST_CASE("Tags complete from the journal's tags after a comma", "[gui][editor]")
{
    TagEdit edit;
    edit.setKnownTags({QStringLiteral("safeguarding"), QStringLiteral("supervision"), QStringLiteral("teamwork")});
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    test::typeText(&edit, QStringLiteral("teamwork, sa"));
    QCompleter* completer = edit.findChild<QCompleter*>();
    REQUIRE(completer);
    CHECK(completer->completionPrefix() == QStringLiteral("sa"));
    CHECK(completer->completionCount() == 1);
    emit completer->activated(QStringLiteral("safeguarding"));
    CHECK(edit.text() == QStringLiteral("teamwork, safeguarding, "));
    CHECK(edit.tags() == QStringList{QStringLiteral("teamwork"), QStringLiteral("safeguarding")});
}

TEST_CASE("Leaving the editor saves at once", "[gui][autosave]")
{
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.action(QStringLiteral("newReflection"))->trigger();
    ReflectionEditor* editor = window.journal()->editor();
    test::typeText(editor->titleEdit(), QStringLiteral("Gofal ŷd"));
    CHECK(window.journal()->autosaver()->hasUnsavedChanges());
    window.journal()->panel()->searchBox()->setFocus();
    CHECK(window.journal()->autosaver()->state() == Autosaver::State::Saved);
    auto stored = ReflectionStore(*db).find(editor->reflectionId());
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->title == QStringLiteral("Gofal ŷd"));
    // The list shows the new title without waiting.
    const QAbstractItemModel* model = window.journal()->panel()->list()->model();
    CHECK(model->index(0, 0, model->index(0, 0)).data().toString() == QStringLiteral("Gofal ŷd"));
}

TEST_CASE("Panels added to the editor load and save their part", "[gui][editor]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection stored = test::addReflection(*db, QStringLiteral("Walk"), QDate(2024, 6, 1));
    ReflectionEditor editor;
    auto* panel = new SuffixPanel;
    editor.addPanel(panel);
    int changes = 0;
    QObject::connect(&editor, &ReflectionEditor::changed, [&changes] { ++changes; });
    editor.setReflection(stored);
    CHECK(changes == 0); // loading is not a change
    CHECK(panel->loadedTitle == QStringLiteral("Walk"));
    panel->edit();
    CHECK(changes == 1);
    CHECK(editor.reflection().title == QStringLiteral("Walk (panel)"));
}
