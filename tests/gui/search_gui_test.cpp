#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/reports/reportdialog.h"
#include "app/search/matchmarker.h"
#include "app/spelling/checkedtexts.h"
#include "core/journal/reflectionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace myfyrio;

namespace {

void search(JournalView& view, const QString& text)
{
    view.panel()->searchBox()->setText(text);
    view.panel()->applyFilter(); // what the search box does a moment after typing stops
}

QStringList marked(QPlainTextEdit* edit)
{
    QStringList words;
    const QList<QTextEdit::ExtraSelection> selections = edit->extraSelections();
    for (const QTextEdit::ExtraSelection& selection : selections)
        words << selection.cursor.selectedText();
    return words;
}

} // namespace

TEST_CASE("A search opens its best match and marks the mutated forms in it", "[gui][search]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("Newest, no match"), QDate(2024, 5, 1), {}, QStringLiteral("Dim byd"),
                        QStringLiteral("cy"));
    const Reflection mutated =
        test::addReflection(*db, QStringLiteral("Y dref"), QDate(2024, 4, 1), {},
                            QStringLiteral("Es i i'r dref, wedyn i Fangor; fy nhref i yw hi."), QStringLiteral("cy"));
    const Reflection exact = test::addReflection(*db, QStringLiteral("Tref"), QDate(2024, 1, 1), {},
                                                 QStringLiteral("Canol y tref a Bangor"), QStringLiteral("cy"));
    JournalView view(*db);
    view.resize(1000, 700);
    view.show();
    REQUIRE(view.openReflection(mutated.id, mutated.date));

    // The exact form is the best match, though older: the editor shows it, not the open entry.
    search(view, QStringLiteral("tref"));
    CHECK(view.editor()->reflectionId() == exact.id);
    CHECK(view.panel()->currentId() == exact.id);
    QPlainTextEdit* body = view.editor()->bodyEdit();
    CHECK(QTest::qWaitFor([body] { return marked(body) == QStringList{QStringLiteral("tref")}; }));

    // Opening the other result marks its mutated forms.
    REQUIRE(view.openReflection(mutated.id, mutated.date));
    REQUIRE(QTest::qWaitFor([body] { return !body->extraSelections().isEmpty(); }));
    CHECK(marked(body) == QStringList{QStringLiteral("dref"), QStringLiteral("nhref")});
    search(view, QStringLiteral("Bangor tref"));
    CHECK(view.editor()->reflectionId() == exact.id);
    REQUIRE(view.openReflection(mutated.id, mutated.date));
    REQUIRE(QTest::qWaitFor([body] { return marked(body).size() == 3; }));
    CHECK(marked(body) == QStringList{QStringLiteral("dref"), QStringLiteral("Fangor"), QStringLiteral("nhref")});

    // A search with no results leaves the editor empty, never showing an entry outside them.
    search(view, QStringLiteral("xyzzy"));
    CHECK_FALSE(view.editor()->hasReflection());
    // A search key that cannot be used says so under the box.
    search(view, QStringLiteral("tref after:2024-02-31"));
    CHECK(view.panel()->searchProblems()->isVisibleTo(&view));
    CHECK(view.panel()->searchProblems()->text().contains(QStringLiteral("2024-02-31")));
    // Clearing the search keeps the entry that is open.
    search(view, QString());
    CHECK(view.editor()->reflectionId() == exact.id);
    CHECK(QTest::qWaitFor([body] { return marked(body).isEmpty(); }));
}

TEST_CASE("The search box shows a hint of the query language", "[gui][search]")
{
    test::TempJournal journal;
    auto db = journal.open();
    JournalView view(*db);
    QLineEdit* box = view.panel()->searchBox();
    CHECK(box->placeholderText().contains(QStringLiteral("tag:")));
    CHECK(box->toolTip().contains(QStringLiteral("-word")));
    CHECK(box->toolTip().contains(QStringLiteral("after:")));
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(box->placeholderText().contains(QStringLiteral("NEU")));
    CHECK(box->toolTip().contains(QStringLiteral("tag:")));
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Report… offers the current search as a portfolio", "[gui][search][reports]")
{
    test::TempJournal journal;
    auto db = journal.open();
    ReportDialog dialog(*db);
    auto* selection = dialog.findChild<QComboBox*>(QStringLiteral("reportSelection"));
    REQUIRE(selection);
    CHECK(selection->count() == 1);
    ReflectionFilter current;
    current.text = QStringLiteral("tref lang:cy");
    current.tag = QStringLiteral("visits");
    dialog.setCurrentSearch(current);
    REQUIRE(selection->count() == 2);
    CHECK(selection->currentIndex() == 1);
    CHECK(selection->currentText().contains(QStringLiteral("“tref lang:cy”")));
    CHECK(selection->currentText().contains(QStringLiteral("#visits")));
    CHECK(dialog.options().filter.text == current.text);
    CHECK(dialog.options().filter.tag == current.tag);
    selection->setCurrentIndex(0);
    CHECK(dialog.options().filter.text.isEmpty());
}
