// The desktop application's small things: the guide (F1), Edit's clipboard
// actions, the word count, the saved-file notice, opening an agreement file
// given on the command line, and the appearance choice.
#include "app/cli/clirunner.h"
#include "app/dialogs/messagebox.h"
#include "app/help/guide.h"
#include "app/help/guidedialog.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/journal/wordcountlabel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/reports/savedfilenotice.h"
#include "app/settings/appearance.h"
#include "app/settings/appearancebox.h"
#include "app/supervision/agreementsview.h"
#include "core/supervision/agreementexchange.h"
#include "core/supervision/agreementstore.h"
#include "core/util/appsettings.h"
#include "tests/gui/guihelpers.h"
#include "tests/gui/samplejournal.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace myfyrio;

namespace {

void openFirstReflection(MainWindow& window)
{
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    REQUIRE(window.journal()->editor()->hasReflection());
}

} // namespace

TEST_CASE("The guide holds the same pages in Welsh and English, one for each view", "[gui][help]")
{
    const auto welsh = Guide::pages(QStringLiteral("cy"));
    const auto english = Guide::pages(QStringLiteral("en"));
    REQUIRE(welsh.size() == english.size());
    REQUIRE(welsh.size() >= 12);
    for (int i = 0; i < welsh.size(); ++i) {
        INFO(english.at(i).id.toStdString());
        CHECK(welsh.at(i).id == english.at(i).id);
        CHECK(welsh.at(i).title != english.at(i).title);
        CHECK(welsh.at(i).markdown.size() > 300);
    }
    QStringList ids;
    for (const auto& page : english)
        ids << page.id;
    for (const QString& view :
         {QStringLiteral("journal"), QStringLiteral("insight"), QStringLiteral("actions"), QStringLiteral("calendar"),
          QStringLiteral("on-this-day"), QStringLiteral("supervision"), QStringLiteral("cpd")}) {
        CHECK(Guide::pageForView(view) == view);
        CHECK(ids.contains(view));
    }
    // Saving, backups and restore, privacy, exchange and the command line each have a page.
    for (const QString& topic : {QStringLiteral("saving"), QStringLiteral("backups"), QStringLiteral("privacy"),
                                 QStringLiteral("exchange"), QStringLiteral("commandline")})
        CHECK(ids.contains(topic));
    // Search ignores case and accents, and wants every word.
    CHECK(Guide::search(welsh, QStringLiteral("DWR")).contains(QStringLiteral("journal")));
    CHECK(Guide::search(english, QStringLiteral("fingerprint signed")).contains(QStringLiteral("supervision")));
    CHECK(Guide::search(english, QStringLiteral("fingerprint zebra")).isEmpty());
}

TEST_CASE("F1 opens the guide at the current view, in the interface language, and it searches", "[gui][help]")
{
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showView(QStringLiteral("supervision")));
    QAction* guide = window.action(QStringLiteral("guide"));
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    GuideDialog* dialog = window.guide();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->pageId() == QStringLiteral("supervision"));
    CHECK(dialog->browser()->toPlainText().contains(QStringLiteral("Review together and sign")));

    test::switchLanguage(QStringLiteral("cy"));
    CHECK(dialog->pageId() == QStringLiteral("supervision"));
    CHECK(dialog->browser()->toPlainText().contains(QStringLiteral("Adolygu gyda’ch gilydd a llofnodi")));
    CHECK(dialog->windowTitle() == QStringLiteral("Canllaw Myfyrio"));

    dialog->searchEdit()->setText(QStringLiteral("ol bys"));
    int shown = 0;
    for (int row = 0; row < dialog->pageList()->count(); ++row)
        shown += dialog->pageList()->item(row)->isHidden() ? 0 : 1;
    CHECK(shown >= 1);
    CHECK(shown < dialog->pageList()->count());
    CHECK(dialog->markedMatches() >= 2);
    dialog->searchEdit()->setText(QStringLiteral("sebra"));
    CHECK(dialog->markedMatches() == 0);
    test::switchLanguage(QStringLiteral("en"));

    REQUIRE(window.showView(QStringLiteral("calendar")));
    guide->trigger();
    CHECK(window.guide() == dialog);
    CHECK(dialog->pageId() == QStringLiteral("calendar"));
    dialog->close();
}

TEST_CASE("Edit's Cut, Copy, Paste and Select All act on the focused text field", "[gui][edit]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    openFirstReflection(window);
    QAction* cut = window.action(QStringLiteral("cut"));
    QAction* copy = window.action(QStringLiteral("copy"));
    QAction* paste = window.action(QStringLiteral("paste"));
    QAction* selectAll = window.action(QStringLiteral("selectAll"));
    REQUIRE((cut && copy && paste && selectAll));

    QLineEdit* title = window.journal()->editor()->titleEdit();
    title->setFocus();
    REQUIRE(QApplication::focusWidget() == title);
    selectAll->trigger();
    CHECK(title->selectedText() == title->text());
    copy->trigger();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Missed the medication note at handover"));
    cut->trigger();
    CHECK(title->text().isEmpty());
    paste->trigger();
    CHECK(title->text() == QStringLiteral("Missed the medication note at handover"));

    QPlainTextEdit* body = window.journal()->editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    paste->trigger();
    CHECK(body->toPlainText().endsWith(QStringLiteral("Missed the medication note at handover")));

    // Nothing to act on when the focus is on a list: the actions are off.
    window.journal()->panel()->list()->setFocus();
    QCoreApplication::processEvents();
    CHECK_FALSE(cut->isEnabled());
    CHECK_FALSE(paste->isEnabled());
    CHECK_FALSE(selectAll->isEnabled());
}

TEST_CASE("The status bar counts the words of the open reflection", "[gui][edit]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* count = window.findChild<WordCountLabel*>(QStringLiteral("wordCount"));
    REQUIRE(count);
    openFirstReflection(window);
    // Body (14 words), the answer (4) and what in the system (5).
    CHECK(count->count() == 23);
    CHECK(count->text() == QStringLiteral("Words: 23"));
    QPlainTextEdit* body = window.journal()->editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    test::typeText(body, QStringLiteral(" Dŵr oer."));
    REQUIRE(QTest::qWaitFor([&] { return count->count() == 25; }, 2000));
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(count->text() == QStringLiteral("Geiriau: 25"));
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("A saved PDF's notice says where it is and offers the file and its folder", "[gui][reports]")
{
    // Closing it opens nothing.
    MessageBox::setNextAnswer(QMessageBox::RejectRole);
    SavedFileNotice::show(nullptr, QStringLiteral("Report saved"), QStringLiteral("/tmp/reports/x.pdf"));
    CHECK(MessageBox::answeredTexts().value(0).contains(QStringLiteral("x.pdf")));
    const auto box = SavedFileNotice::create(nullptr, QStringLiteral("Report saved"),
                                             QStringLiteral("/tmp/reports/2024-03-01 Reflection.pdf"));
    CHECK(box->text().contains(QStringLiteral("2024-03-01 Reflection.pdf")));
    CHECK(box->text().contains(QStringLiteral("/tmp/reports")));
    CHECK(box->findChild<QPushButton*>(QStringLiteral("openFile")));
    CHECK(box->findChild<QPushButton*>(QStringLiteral("openFolder")));
    CHECK(box->defaultButton() == box->findChild<QPushButton*>(QStringLiteral("close")));
}

TEST_CASE("Myfyrio started with an agreement file opens the window to import it", "[gui][shell]")
{
    const QStringList base{QStringLiteral("myfyrio")};
    CHECK(cli::CliRunner::agreementFileArgument(base + QStringList{QStringLiteral("/home/a/x.myfyrio-agreement")})
          == QStringLiteral("/home/a/x.myfyrio-agreement"));
    CHECK(cli::CliRunner::agreementFileArgument(base
                                                + QStringList{QStringLiteral("file:///home/a/b%20c.myfyrio-agreement")})
          == QStringLiteral("/home/a/b c.myfyrio-agreement"));
    CHECK_FALSE(cli::CliRunner::wantsCommandLine(base + QStringList{QStringLiteral("/home/a/x.myfyrio-agreement")}));
    CHECK(cli::CliRunner::agreementFileArgument(base + QStringList{QStringLiteral("list")}).isEmpty());
    CHECK(cli::CliRunner::wantsCommandLine(base + QStringList{QStringLiteral("list")}));
    CHECK(cli::CliRunner::agreementFileArgument(base
                                                + QStringList{QStringLiteral("agreement"), QStringLiteral("import"),
                                                              QStringLiteral("x.myfyrio-agreement")})
              .isEmpty());
    CHECK(cli::CliRunner::databaseArgument(base
                                           + QStringList{QStringLiteral("--database"), QStringLiteral("/j.sqlite"),
                                                         QStringLiteral("x.myfyrio-agreement")})
          == QStringLiteral("/j.sqlite"));

    // One journal exports an agreement; another, opened with that file, imports it.
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("shared.myfyrio-agreement"));
    {
        test::TempJournal theirs;
        auto db = theirs.open();
        test::fillSampleJournal(*db);
        auto listed = AgreementStore(*db).list();
        REQUIRE((listed.ok() && !listed->isEmpty()));
        REQUIRE(AgreementExchange::exportTo(AgreementStore(*db), listed->first().id, file).ok());
    }
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(window.openFile(file));
    CHECK(window.currentViewId() == QStringLiteral("supervision"));
    // The import runs once the window is on screen, and says what it did.
    REQUIRE(QTest::qWaitFor([] { return MessageBox::pendingAnswers() == 0; }, 2000));
    auto imported = AgreementStore(*db).list();
    REQUIRE(imported.ok());
    CHECK(imported->size() == 1);
    REQUIRE(MessageBox::answeredTexts().size() == 1);

    // A file that is not there: refused with a message, nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(window.openFile(folder.filePath(QStringLiteral("missing.myfyrio-agreement"))));
    REQUIRE(QTest::qWaitFor([] { return MessageBox::pendingAnswers() == 0; }, 2000));
    CHECK(AgreementStore(*db).list()->size() == 1);
    CHECK(MessageBox::answeredTexts().last().contains(QStringLiteral("missing.myfyrio-agreement")));
}

TEST_CASE("Preferences offers System, Light and Dark, applied at once and remembered", "[gui][appearance]")
{
    AppearanceBox box;
    box.button(Appearance::Mode::Dark)->click();
    CHECK(Appearance::current() == Appearance::Mode::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(Appearance::saved() == Appearance::Mode::Dark);
    box.button(Appearance::Mode::Light)->click();
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 200);
    CHECK(Appearance::saved() == Appearance::Mode::Light);
    box.button(Appearance::Mode::System)->click();
    CHECK(Appearance::saved() == Appearance::Mode::System);
    CHECK(appSettings()->value(QStringLiteral("appearance/mode")).toString() == QStringLiteral("system"));
}
