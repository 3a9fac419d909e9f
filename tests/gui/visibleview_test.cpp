#include "app/common/autosavetimer.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/supervision/agreementeditor.h"
#include "app/supervision/agreementsview.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QTextEdit>

using namespace myfyrio;

namespace {

Agreement makeAgreement(const Database& db)
{
    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    auto created = AgreementStore(db).create(c, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    return *created;
}

QString saveState(const MainWindow& window)
{
    const auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("saveState"));
    REQUIRE(label);
    return label->text();
}

QString storedBody(const Database& db, const QString& id)
{
    auto found = ReflectionStore(db).find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->body;
}

QTextEdit* contextText(MainWindow& window)
{
    auto* view = window.findChild<AgreementsView*>();
    REQUIRE(view);
    auto* text = view->editor()->findChild<QTextEdit*>(QStringLiteral("text-context"));
    REQUIRE(text);
    return text;
}

} // namespace

TEST_CASE("Undo and Redo act only on the focused editor of the visible view", "[gui][undo]")
{
    test::switchLanguage(QStringLiteral("en"));
    AutosaveTimer::setDelays(60000, 60000);
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection reflection = test::addReflection(*db, QStringLiteral("Shift"), QDate(2024, 3, 1));
    makeAgreement(*db);
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(reflection.id, reflection.date));
    QPlainTextEdit* body = window.journal()->editor()->bodyEdit();
    body->setFocus();
    test::typeText(body, QStringLiteral("abc"));
    QAction* undo = window.action(QStringLiteral("undo"));
    QAction* redo = window.action(QStringLiteral("redo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->isEnabled());

    // In Supervision, the hidden journal body is out of reach.
    REQUIRE(window.showView(QStringLiteral("supervision")));
    CHECK(storedBody(*db, reflection.id) == QStringLiteral("abc")); // leaving the view saved it
    CHECK_FALSE(undo->isEnabled());
    undo->trigger();
    CHECK(body->toPlainText() == QStringLiteral("abc"));
    CHECK(storedBody(*db, reflection.id) == QStringLiteral("abc"));

    // The focused agreement text is what Undo acts on there.
    QTextEdit* context = contextText(window);
    context->setFocus();
    test::typeText(context, QStringLiteral("xyz"));
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK(context->toPlainText().isEmpty());
    CHECK(body->toPlainText() == QStringLiteral("abc"));
    CHECK(redo->isEnabled());
    redo->trigger();
    CHECK(context->toPlainText() == QStringLiteral("xyz"));

    // Back in the journal, its focused body is the target again.
    REQUIRE(window.showView(QStringLiteral("journal")));
    body->setFocus();
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK(body->toPlainText() != QStringLiteral("abc"));
    CHECK(context->toPlainText() == QStringLiteral("xyz"));
}

TEST_CASE("The status bar shows the save state of what is edited in the visible view", "[gui][autosave]")
{
    test::switchLanguage(QStringLiteral("en"));
    AutosaveTimer::setDelays(60000, 60000);
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection reflection = test::addReflection(*db, QStringLiteral("Shift"), QDate(2024, 3, 1));
    const Agreement agreement = makeAgreement(*db);
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(reflection.id, reflection.date));
    window.journal()->editor()->bodyEdit()->setFocus();
    test::typeText(window.journal()->editor()->bodyEdit(), QStringLiteral("abc"));
    CHECK(saveState(window) == QStringLiteral("Unsaved changes"));

    REQUIRE(window.showView(QStringLiteral("supervision")));
    CHECK(saveState(window) == QStringLiteral("All changes saved"));
    QTextEdit* context = contextText(window);
    context->setFocus();
    test::typeText(context, QStringLiteral("Weekly."));
    CHECK(saveState(window) == QStringLiteral("Unsaved changes"));

    // A view that edits nothing shows no save state; leaving Supervision saved the draft.
    REQUIRE(window.showView(QStringLiteral("insight")));
    CHECK(saveState(window).isEmpty());
    auto found = AgreementStore(*db).find(agreement.id);
    REQUIRE(found.ok());
    CHECK((*found)->head()->content.text(QStringLiteral("context")).contains(QStringLiteral("Weekly.")));

    REQUIRE(window.showView(QStringLiteral("journal")));
    CHECK(saveState(window) == QStringLiteral("All changes saved"));
}
