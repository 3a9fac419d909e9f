#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "app/shell/applicationshell.h"
#include "core/i18n/translations.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

TEST_CASE("A journal that cannot be opened is left alone and Quit gives up", "[gui][shell]")
{
    test::TempJournal journal;
    const QByteArray bytes("This is somebody's shopping list, not a journal.\n");
    test::writeFile(journal.path(), bytes);
    MessageBox::setNextAnswer(QMessageBox::RejectRole); // Quit
    CHECK_FALSE(ApplicationShell::openJournal(journal.path()).has_value());
    CHECK(test::fileBytes(journal.path()) == bytes);
}

TEST_CASE("After a failed open another journal can be chosen", "[gui][shell]")
{
    test::TempJournal broken;
    test::writeFile(broken.path(), QByteArray("not sqlite"));
    test::TempJournal good;
    good.open().reset();

    MessageBox::setNextAnswer(QMessageBox::AcceptRole); // Choose Another Journal…
    FileDialog::setNextFileName(good.path());
    auto opened = ApplicationShell::openJournal(broken.path());
    REQUIRE(opened);
    CHECK(opened->database->path() == good.path());
    CHECK(test::fileBytes(broken.path()) == QByteArray("not sqlite"));
}

TEST_CASE("The window remembers its size", "[gui][shell]")
{
    test::TempJournal journal;
    auto db = journal.open();
    {
        MainWindow window(*db);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        CHECK(QTest::qWaitFor([&] { return window.size() == QSize(900, 640); }, 2000));
        CHECK(window.close());
    }
    MainWindow again(*db);
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("Month headings follow the interface language", "[gui][language]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflection(*db, QStringLiteral("Gwersi"), QDate(2024, 3, 5));
    test::switchLanguage(QStringLiteral("en"));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QAbstractItemModel* model = window.journal()->panel()->list()->model();
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("March 2024"));
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Mawrth 2024"));
    test::switchLanguage(QStringLiteral("en"));
}
