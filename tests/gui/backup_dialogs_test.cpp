// Restore from Backup… and the damaged-journal dialog, driven offscreen.
// Screenshots (not run by default): myfyrio_gui_tests "[.screenshots]" → /tmp/shots/backup/*.png

#include "app/backup/backupactions.h"
#include "app/backup/damagedjournaldialog.h"
#include "app/backup/restoredialog.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "app/shell/applicationshell.h"
#include "app/shell/journalsession.h"
#include "core/backup/backupcatalog.h"
#include "core/backup/backupservice.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/journalfaults.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

int reflectionsIn(const Database& db)
{
    return *ReflectionStore(db).count();
}

void waitLoaded(RestoreDialog& dialog)
{
    REQUIRE(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000));
}

/// Starts the app on a journal and waits until its check has been answered:
/// a journal the check finds damaged goes through DamagedJournalDialog, and
/// the journal that comes of it is checked in its turn.
struct StartedShell {
    explicit StartedShell(const QString& path)
    {
        QObject::connect(&shell, &ApplicationShell::finished, [this] { finished = true; });
        REQUIRE(shell.start(path));
        // A damaged journal is closed in answer to its check: hold it by a guarded pointer.
        for (int round = 0; round < 3 && !finished; ++round) {
            QPointer<Database> database(&shell.session()->database());
            REQUIRE(QTest::qWaitFor([&] { return !database || database->isChecked(); }, 10000));
            // Let the answer to a failed check (closing, the dialog, another journal) run.
            QTest::qWait(20);
            if (database && !database->isReadOnly())
                return;
            REQUIRE(QTest::qWaitFor(
                [&] { return finished || (shell.session() && database != &shell.session()->database()); }, 10000));
        }
    }
    ApplicationShell shell;
    bool finished = false;
};

QStringList keptDamaged(const test::TempJournal& journal)
{
    return QDir(journal.folder()).entryList({QStringLiteral("journal-damaged-*.sqlite")}, QDir::Files);
}

} // namespace

TEST_CASE("Restore from Backup lists the backups, previews one and restores it; the views read again", "[gui][backup]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::addReflections(*db, 2, QStringLiteral("Early"));
    REQUIRE(db->backups().backupNow(BackupReason::Manual).ok());
    test::addReflections(*db, 3, QStringLiteral("Late"));

    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.action(QStringLiteral("restoreFromBackup")));

    RestoreDialog dialog(*db, &window);
    waitLoaded(dialog);
    REQUIRE(dialog.backupCount() == 1);
    const QTreeWidgetItem* row = dialog.backupList()->topLevelItem(0);
    CHECK(row->text(2) == QStringLiteral("2"));          // reflections
    CHECK(row->text(3) == QStringLiteral("0"));          // agreements
    CHECK(row->text(4) == QStringLiteral("02/01/2024")); // newest entry
    CHECK(row->text(6) == QStringLiteral("Passes its check"));
    CHECK_FALSE(dialog.restoreButton()->isEnabled()); // nothing chosen yet

    dialog.selectBackup(0);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isPreviewLoaded(); }, 10000));
    REQUIRE(dialog.preview()->topLevelItemCount() == 2);
    CHECK(dialog.preview()->topLevelItem(0)->text(1) == QStringLiteral("Early 2"));
    CHECK(dialog.restoreButton()->isEnabled());

    // Cancelling the question changes nothing.
    MessageBox::setNextAnswer(QMessageBox::RejectRole);
    CHECK_FALSE(dialog.restoreSelected());
    CHECK(reflectionsIn(*db) == 5);

    MessageBox::setNextAnswer(QMessageBox::AcceptRole); // Restore
    MessageBox::setNextAnswer(QMessageBox::Ok);         // restored
    CHECK(dialog.restoreSelected());
    CHECK(reflectionsIn(*db) == 2);
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("has been restored")));
    // The journal view read the journal again.
    const QAbstractItemModel* model = window.journal()->panel()->list()->model();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1 && model->rowCount(model->index(0, 0)) == 2; }, 5000));
    // And the journal as it was is a backup of its own.
    CHECK(BackupCatalog::list(db->path(), BackupCatalog::Depth::Names).size() == 2);
}

TEST_CASE("A damaged journal is offered its newest good backup and left untouched when the person quits",
          "[gui][backup][damaged]")
{
    test::switchLanguage(QStringLiteral("en")); // English plural forms, whichever test ran before
    test::TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
        REQUIRE(db->backups().backupNow(BackupReason::Manual).ok());
        test::addReflections(*db, 2, QStringLiteral("Since"));
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());

    DamagedJournalDialog::setNextChoice(DamagedJournalDialog::Choice::Quit);
    StartedShell started(journal.path());
    CHECK(started.finished);
    CHECK_FALSE(started.shell.session());
    REQUIRE(DamagedJournalDialog::answeredTexts().size() == 1);
    const QString offer = DamagedJournalDialog::answeredTexts().constFirst();
    const auto backup = BackupCatalog::newestGood(journal.path());
    REQUIRE(backup);
    CHECK(offer.contains(QStringLiteral("Restore the Backup Made ")
                         + QLocale().toString(backup->created.toLocalTime(), QLocale::ShortFormat)));
    INFO(offer.toStdString());
    CHECK(offer.contains(QStringLiteral("At least 2 reflections written or changed after then would be missing")));
    CHECK(offer.contains(QStringLiteral("is damaged")));
    CHECK(test::fileBytes(journal.path()) == damaged);
    CHECK(keptDamaged(journal).isEmpty());
}

TEST_CASE("Restoring the offered backup opens it, keeping the damaged journal beside it", "[gui][backup][damaged]")
{
    test::TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
        REQUIRE(db->backups().backupNow(BackupReason::Manual).ok());
    }
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());

    DamagedJournalDialog::setNextChoice(DamagedJournalDialog::Choice::Restore);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    StartedShell started(journal.path());
    REQUIRE(started.shell.session());
    const Database& db = started.shell.session()->database();
    CHECK_FALSE(db.isReadOnly());
    CHECK(reflectionsIn(db) == 40);
    CHECK(started.shell.session()->window()->isVisible());
    REQUIRE(keptDamaged(journal).size() == 1);
    CHECK(test::fileBytes(QDir(journal.folder()).filePath(keptDamaged(journal).constFirst())) == damaged);
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("is now your journal")));
}

TEST_CASE("Salvage from the damaged-journal dialog says how many were recovered", "[gui][backup][damaged]")
{
    test::TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 30);
    }
    test::damageDateIndex(journal.path());
    DamagedJournalDialog::setNextChoice(DamagedJournalDialog::Choice::Salvage);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    StartedShell started(journal.path());
    REQUIRE(started.shell.session());
    CHECK(reflectionsIn(started.shell.session()->database()) == 30);
    // No backup passed its check, so none was offered.
    REQUIRE(DamagedJournalDialog::answeredTexts().size() == 1);
    CHECK(DamagedJournalDialog::answeredTexts().constFirst().contains(
        QStringLiteral("There is no backup of this journal that passes its check.")));
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("reflections 30")));
    CHECK(keptDamaged(journal).size() == 1);
}

TEST_CASE("Read-only, locked and foreign journals are never called damaged in the app", "[gui][backup]")
{
    test::TempJournal foreign;
    test::runOn(foreign.path(), {QStringLiteral("CREATE TABLE invoices (total REAL)")});
    MessageBox::setNextAnswer(QMessageBox::RejectRole);
    CHECK_FALSE(ApplicationShell::openJournal(foreign.path()).has_value());
    CHECK(DamagedJournalDialog::answeredTexts().isEmpty());
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("another program")));

    test::TempJournal locked;
    locked.open().reset();
    Database::setLockWait(200);
    {
        test::ForeignLock lock(locked.path(), test::ForeignLock::Kind::Exclusive);
        MessageBox::setNextAnswer(QMessageBox::RejectRole);
        CHECK_FALSE(ApplicationShell::openJournal(locked.path()).has_value());
        CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("locked by another program")));
    }
    Database::setLockWait(5000);
    CHECK(DamagedJournalDialog::answeredTexts().isEmpty());
}

namespace {

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/backup"));
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/backup/") + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("Screenshots of the restore and damaged-journal dialogs", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("cy")}) {
        test::switchLanguage(language);
        test::TempJournal journal;
        auto db = journal.open();
        test::addReflection(*db, QStringLiteral("Ymweliad cartref â Mrs Hughes"), QDate(2026, 11, 30),
                            {QStringLiteral("ymweliadau")}, QStringLiteral("Roedd y dŵr yn oer."),
                            QStringLiteral("cy"));
        test::addReflection(*db, QStringLiteral("Team handover went badly"), QDate(2026, 11, 28));
        REQUIRE(db->backups().backupNow(BackupReason::Opened).ok());
        test::addReflection(*db, QStringLiteral("Supervision preparation"), QDate(2026, 12, 1));
        REQUIRE(db->backups().backupNow(BackupReason::Scheduled).ok());
        REQUIRE(db->backups().backupNow(BackupReason::BeforeImport).ok());
        RestoreDialog restore(*db);
        waitLoaded(restore);
        restore.selectBackup(1);
        REQUIRE(QTest::qWaitFor([&] { return restore.isPreviewLoaded(); }, 10000));
        shoot(&restore, QStringLiteral("restore-") + language);

        DamagedJournal damaged;
        damaged.path = journal.path();
        damaged.detail = QCoreApplication::translate(
            "myfyrio::JournalCheck",
            "Its check found problems in how the file is stored, so parts of it cannot be read.");
        damaged.newestGood = BackupCatalog::newestGood(journal.path());
        damaged.changedSince = 3;
        DamagedJournalDialog dialog(damaged, false);
        shoot(&dialog, QStringLiteral("damaged-") + language);
    }
    test::switchLanguage(QStringLiteral("en"));
}
