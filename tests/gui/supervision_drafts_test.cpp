#include "app/common/autosavetimer.h"
#include "app/common/draftsaver.h"
#include "app/dialogs/messagebox.h"
#include "app/mainwindow/mainwindow.h"
#include "app/supervision/agreementeditor.h"
#include "app/supervision/agreementsview.h"
#include "app/supervision/sessioneditordialog.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

Agreement makeAgreement(const Database& db, const QString& supervisor)
{
    AgreementContent c;
    c.supervisorName = supervisor;
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    auto created = AgreementStore(db).create(c, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    return *created;
}

QString storedContext(const Database& db, const QString& agreementId)
{
    auto found = AgreementStore(db).find(agreementId);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->head()->content.text(QStringLiteral("context"));
}

QTextEdit* contextOf(const AgreementsView& view)
{
    auto* text = view.editor()->findChild<QTextEdit*>(QStringLiteral("text-context"));
    REQUIRE(text);
    return text;
}

void typeAtEnd(QTextEdit* text, const QString& words)
{
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    test::typeText(text, words);
}

} // namespace

TEST_CASE("An agreement draft is saved on choosing another agreement, a language switch and quitting",
          "[gui][supervision][drafts]")
{
    test::switchLanguage(QStringLiteral("en"));
    AutosaveTimer::setDelays(60000, 60000); // only the switches save in this test
    test::TempJournal journal;
    auto db = journal.open();
    const Agreement first = makeAgreement(*db, QStringLiteral("Siân Llewelyn"));
    const Agreement second = makeAgreement(*db, QStringLiteral("Gwen Morgan"));
    {
        MainWindow window(*db);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showView(QStringLiteral("supervision")));
        auto* view = window.findChild<AgreementsView*>();
        REQUIRE(view);
        REQUIRE(view->select(first.id));
        typeAtEnd(contextOf(*view), QStringLiteral("Room 4."));
        REQUIRE(view->editor()->isModified());

        // Another agreement chosen: the draft is saved first, then the other one shown.
        REQUIRE(view->select(second.id));
        CHECK(storedContext(*db, first.id) == QStringLiteral("Room 4."));
        CHECK(view->currentId() == second.id);
        CHECK(contextOf(*view)->toPlainText().isEmpty());

        // A language switch saves and keeps every word on screen.
        REQUIRE(view->select(first.id));
        typeAtEnd(contextOf(*view), QStringLiteral(" Dŵr."));
        test::switchLanguage(QStringLiteral("cy"));
        CHECK(storedContext(*db, first.id) == QStringLiteral("Room 4. Dŵr."));
        CHECK(contextOf(*view)->toPlainText() == QStringLiteral("Room 4. Dŵr."));
        CHECK(view->currentId() == first.id);
        test::switchLanguage(QStringLiteral("en"));
        CHECK(contextOf(*view)->toPlainText() == QStringLiteral("Room 4. Dŵr."));

        // Quitting saves.
        typeAtEnd(contextOf(*view), QStringLiteral(" Mondays."));
        CHECK(window.close());
    }
    CHECK(storedContext(*db, first.id) == QStringLiteral("Room 4. Dŵr. Mondays."));
}

TEST_CASE("An agreement draft saves itself after a pause, and changes made elsewhere never clobber it",
          "[gui][supervision][drafts]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const Agreement first = makeAgreement(*db, QStringLiteral("Siân Llewelyn"));
    AgreementsView view(*db);
    view.show();
    REQUIRE(view.select(first.id));

    AutosaveTimer::setDelays(60000, 60000);
    typeAtEnd(contextOf(view), QStringLiteral("Being typed."));
    // Another agreement is added elsewhere: the list follows, the draft stays as typed.
    const Agreement added = makeAgreement(*db, QStringLiteral("Gwen Morgan"));
    CHECK(view.list()->topLevelItemCount() == 2);
    CHECK(view.currentId() == first.id);
    CHECK(contextOf(view)->toPlainText() == QStringLiteral("Being typed."));
    CHECK(view.editor()->isModified());
    // And a change to this very agreement elsewhere does not overwrite the words on screen.
    AgreementContent elsewhere = AgreementStore(*db).find(first.id).value()->head()->content;
    elsewhere.supervisorRole = QStringLiteral("Team leader");
    REQUIRE(AgreementStore(*db).saveDraft(first.id, elsewhere).ok());
    CHECK(contextOf(view)->toPlainText() == QStringLiteral("Being typed."));

    // The pause comes: saved without anybody asking.
    AutosaveTimer::setDelays(20, 200);
    typeAtEnd(contextOf(view), QStringLiteral(" Done."));
    REQUIRE(QTest::qWaitFor([&] { return !view.editor()->saver()->hasUnsavedChanges(); }, 5000));
    CHECK(storedContext(*db, first.id) == QStringLiteral("Being typed. Done."));
    CHECK(view.editor()->saver()->state() == EditSaver::State::Saved);
    Q_UNUSED(added);
}

TEST_CASE("An agreement draft that cannot be saved stays chosen and says why", "[gui][supervision][drafts]")
{
    test::switchLanguage(QStringLiteral("en"));
    AutosaveTimer::setDelays(60000, 60000);
    test::TempJournal journal;
    auto db = journal.open();
    const Agreement first = makeAgreement(*db, QStringLiteral("Siân Llewelyn"));
    const Agreement second = makeAgreement(*db, QStringLiteral("Gwen Morgan"));
    AgreementsView view(*db);
    view.show();
    REQUIRE(view.select(first.id));
    QLineEdit* supervisor = nullptr;
    for (QLineEdit* edit : view.editor()->findChildren<QLineEdit*>()) {
        if (edit->text() == QStringLiteral("Siân Llewelyn"))
            supervisor = edit;
    }
    REQUIRE(supervisor);
    supervisor->clear();
    typeAtEnd(contextOf(view), QStringLiteral("Kept."));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    view.select(second.id);
    CHECK(view.currentId() == first.id);
    REQUIRE_FALSE(MessageBox::answeredTexts().isEmpty());
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("needs the supervisor's name")));
    CHECK(contextOf(view)->toPlainText() == QStringLiteral("Kept."));
    CHECK(view.editor()->saver()->state() == EditSaver::State::Failed);
    CHECK(view.editor()->saver()->message().startsWith(QStringLiteral("Could not save: ")));
    CHECK(storedContext(*db, first.id).isEmpty());
}

TEST_CASE("A session being recorded keeps its words through a language switch and is saved when the app ends",
          "[gui][supervision][drafts]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const Agreement agreement = makeAgreement(*db, QStringLiteral("Siân Llewelyn"));
    Session session;
    session.agreementId = agreement.id;
    session.date = QDate(2024, 3, 4);
    SessionEditorDialog dialog(*db, session);
    dialog.show();
    CHECK(dialog.windowTitle() == QStringLiteral("New supervision session"));
    auto* notes = dialog.findChild<QTextEdit*>(QStringLiteral("sessionNotes"));
    REQUIRE(notes);
    notes->setFocus();
    test::typeText(notes, QStringLiteral("Siarad am y rota."));
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(dialog.windowTitle() != QStringLiteral("New supervision session"));
    CHECK(notes->toPlainText() == QStringLiteral("Siarad am y rota."));
    test::switchLanguage(QStringLiteral("en"));
    CHECK(dialog.windowTitle() == QStringLiteral("New supervision session"));
    CHECK(SessionStore(*db).list(agreement.id).value().isEmpty());

    // The app ending (quit, logout) saves it, once, and saving again changes nothing.
    CHECK(EditSaver::saveEverything().isEmpty());
    CHECK(EditSaver::saveEverything().isEmpty());
    auto sessions = SessionStore(*db).list(agreement.id);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->first().notes.contains(QStringLiteral("Siarad am y rota.")));
}

TEST_CASE("Closing a session with changes asks: keep editing, discard or save", "[gui][supervision][drafts]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const Agreement agreement = makeAgreement(*db, QStringLiteral("Siân Llewelyn"));
    Session session;
    session.agreementId = agreement.id;
    session.date = QDate(2024, 3, 4);
    {
        SessionEditorDialog dialog(*db, session);
        dialog.show();
        auto* notes = dialog.findChild<QTextEdit*>(QStringLiteral("sessionNotes"));
        notes->setFocus();
        test::typeText(notes, QStringLiteral("Nearly lost."));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.reject();
        CHECK(dialog.isVisible());
        CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("Save the changes to this session?")));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
        CHECK(SessionStore(*db).list(agreement.id).value().isEmpty());
    }
    {
        SessionEditorDialog dialog(*db, session);
        dialog.show();
        auto* notes = dialog.findChild<QTextEdit*>(QStringLiteral("sessionNotes"));
        notes->setFocus();
        test::typeText(notes, QStringLiteral("Saved on closing."));
        MessageBox::setNextAnswer(QMessageBox::Save);
        dialog.reject();
        CHECK(dialog.result() == QDialog::Accepted);
        auto sessions = SessionStore(*db).list(agreement.id);
        REQUIRE(sessions->size() == 1);
        CHECK(sessions->first().notes.contains(QStringLiteral("Saved on closing.")));
    }
    {
        // Nothing changed: closing asks nothing.
        SessionEditorDialog dialog(*db, session);
        dialog.show();
        const int asked = static_cast<int>(MessageBox::answeredTexts().size());
        dialog.reject();
        CHECK(MessageBox::answeredTexts().size() == asked);
        CHECK(SessionStore(*db).list(agreement.id).value().size() == 1);
    }
}
