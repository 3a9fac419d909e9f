// The import dialog, driven offscreen. Its pictures are written by a hidden case:
//   myfyrio_gui_tests "[.importshots]"   → /tmp/shots/import/*.png

#include "app/dialogs/filedialog.h"
#include "app/import/importactions.h"
#include "app/import/importdialog.h"
#include "app/journal/journalmodel.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace myfyrio;
using namespace myfyrio::test;

namespace {

bool waitForStage(ImportDialog& dialog, ImportDialog::Stage stage)
{
    return QTest::qWaitFor([&] { return dialog.stage() == stage; }, 20000);
}

ImportDialog* openFromMenu(MainWindow& window, const char* action, const QString& path)
{
    auto* actions = window.findChild<ImportActions*>();
    REQUIRE(actions);
    QAction* item = window.findChild<QAction*>(QLatin1String(action));
    REQUIRE(item);
    FileDialog::setNextFileName(path);
    item->trigger();
    REQUIRE(actions->dialog());
    return actions->dialog();
}

/// A RedNotebook journal big enough that an import takes a while.
QString bigJournal(const TempJournal& temp, int months)
{
    const QString folder = temp.file(QStringLiteral("big"));
    QDir().mkpath(folder);
    for (int m = 0; m < months; ++m) {
        QByteArray text;
        for (int day = 1; day <= 28; ++day)
            text += QByteArray::number(day) + ": {text: 'Day " + QByteArray::number(day) + " of a long journal.'}\n";
        writeFile(folder + QDate(2000, 1, 1).addMonths(m).toString(QStringLiteral("/yyyy-MM.txt")), text);
    }
    return folder;
}

} // namespace

TEST_CASE("File ▸ Import ▸ From RedNotebook shows a preview, then imports and the journal shows it", "[gui][import]")
{
    TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    window.show();
    ImportDialog* dialog = openFromMenu(window, "importRedNotebook", importFixture(QStringLiteral("rednotebook")));
    REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Preview));
    const QString preview = dialog->text();
    INFO(preview.toStdString());
    CHECK(preview.contains(QStringLiteral("Entries found: 5")));
    CHECK(preview.contains(QStringLiteral("New to the journal: 5")));
    CHECK(preview.contains(QStringLiteral("First entry: Tuesday, 3 January 2023")));
    CHECK(preview.contains(QStringLiteral("Tags: Learning (1), safeguarding (1), Teulu (1), Work (1)")));
    CHECK(preview.contains(QStringLiteral("Entries in Welsh: 1")));
    CHECK(preview.contains(QStringLiteral("Team meeting")));
    CHECK(preview.contains(QStringLiteral("The month 2023-03 was read from “2023-03.new.txt”")));
    CHECK(ReflectionStore(*db).count().value() == 0); // nothing changes before Import

    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Done));
    CHECK(dialog->text().contains(QStringLiteral("Entries added: 5")));
    CHECK(ReflectionStore(*db).count().value() == 5);
    auto* model = window.findChild<JournalModel*>();
    REQUIRE(model);
    CHECK(QTest::qWaitFor([&] { return model->rowCount() == 3; })); // January, February and March 2023
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);

    SECTION("importing it again finds nothing new, and Import stays off")
    {
        ImportDialog* again = openFromMenu(window, "importRedNotebook", importFixture(QStringLiteral("rednotebook")));
        REQUIRE(waitForStage(*again, ImportDialog::Stage::Preview));
        CHECK(again->text().contains(QStringLiteral("Already in the journal: 5")));
        CHECK(again->text().contains(QStringLiteral("There is nothing new to import")));
        CHECK_FALSE(again->importButton()->isEnabled());
        QTest::mouseClick(again->cancelButton(), Qt::LeftButton);
        CHECK(QTest::qWaitFor([&] { return !window.findChild<ImportActions*>()->dialog(); }));
    }
}

TEST_CASE("an import into a journal that has reflections makes a backup first", "[gui][import]")
{
    TempJournal journal;
    auto db = journal.open();
    addReflection(*db, QStringLiteral("Already here"), QDate(2022, 1, 1));
    MainWindow window(*db);
    ImportDialog* dialog = openFromMenu(window, "importDayOne", importFixture(QStringLiteral("dayone-export.zip")));
    REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Preview));
    CHECK(dialog->text().contains(QStringLiteral("A backup of the journal is made before anything is imported.")));
    CHECK(dialog->text().contains(QStringLiteral("Photos and other files that will be attached: 1")));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Done));
    CHECK(dialog->text().contains(QStringLiteral("A backup of the journal was made first:")));
    CHECK(dialog->text().contains(QStringLiteral("Photos and other files attached: 1")));
    auto photos = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM reflection_attachment"));
    REQUIRE(photos.ok());
    CHECK(photos->toInt() == 1);
    const QStringList copies = QDir(journal.file(QStringLiteral("backups"))).entryList(QDir::Files);
    REQUIRE(copies.size() == 1);
    auto copy =
        Database::open(journal.file(QStringLiteral("backups/") + copies.first()), Database::OpenMode::ExistingOnly);
    REQUIRE(copy.ok());
    CHECK(ReflectionStore(**copy).count().value() == 1); // the journal as it was before
    CHECK(ReflectionStore(*db).count().value() == 3);
}

TEST_CASE("Cancel while importing leaves the journal as it was", "[gui][import]")
{
    TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    ImportDialog* dialog = openFromMenu(window, "importRedNotebook", bigJournal(journal, 120));
    REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Preview));
    CHECK(dialog->text().contains(QStringLiteral("Entries found: 3,360")));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(dialog->stage() == ImportDialog::Stage::Importing);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return !window.findChild<ImportActions*>()->dialog(); }, 20000));
    CHECK(ReflectionStore(*db).count().value() == 0);
}

TEST_CASE("a source that cannot be read says why in the dialog", "[gui][import]")
{
    TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    ImportDialog* dialog = openFromMenu(window, "importJrnl", importFixture(QStringLiteral("dayone/Journal.json")));
    REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Failed));
    CHECK(dialog->text().contains(QStringLiteral("is not a jrnl export")));
    CHECK(dialog->closeButton()->isVisible());
    CHECK_FALSE(dialog->importButton()->isVisible());
}

TEST_CASE("import dialog screenshots", "[.importshots]")
{
    QDir().mkpath(QStringLiteral("/tmp/shots/import"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("cy")}) {
        switchLanguage(language);
        TempJournal journal;
        auto db = journal.open();
        addReflection(*db, QStringLiteral("Already here"), QDate(2022, 1, 1));
        MainWindow window(*db);
        window.show();
        ImportDialog* dialog = openFromMenu(window, "importRedNotebook", importFixture(QStringLiteral("rednotebook")));
        REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Preview));
        REQUIRE(dialog->grab().save(QStringLiteral("/tmp/shots/import/preview-%1.png").arg(language)));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        REQUIRE(waitForStage(*dialog, ImportDialog::Stage::Done));
        REQUIRE(dialog->grab().save(QStringLiteral("/tmp/shots/import/done-%1.png").arg(language)));
        QMenu* menu = window.findChild<QMenu*>(QStringLiteral("importMenu"));
        REQUIRE(menu);
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    }
    switchLanguage(QStringLiteral("en"));
}
