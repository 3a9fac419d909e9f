#include "app/backup/backupactions.h"

#include "app/backup/restoredialog.h"
#include "app/dialogs/messagebox.h"
#include "core/backup/backupinfo.h"
#include "core/backup/backupservice.h"
#include "core/storage/database.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace myfyrio {

BackupActions::BackupActions(const Database& database, QMenu& menu, QStatusBar* statusBar, QWidget* window)
    : QObject(window),
      m_database(database),
      m_statusBar(statusBar),
      m_window(window),
      m_backUpNow(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this)),
      m_restore(new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), QString(), this))
{
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreFromBackup"));
    menu.addAction(m_backUpNow);
    menu.addAction(m_restore);
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::showRestore);

    BackupService& backups = m_database.backups();
    connect(&backups, &BackupService::backupMade, this, &BackupActions::made);
    connect(&backups, &BackupService::backupFailed, this, &BackupActions::failed);
    connect(&m_database, &Database::accessChanged, this, &BackupActions::updateEnabled);
    menu.installEventFilter(this);
    updateEnabled();
    retranslate();
}

bool BackupActions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupActions::retranslate()
{
    m_backUpNow->setText(tr("Back &Up Now"));
    m_backUpNow->setStatusTip(tr("Make a backup of the journal now, beside it in the backups folder."));
    m_restore->setText(tr("Restore from Bac&kup…"));
    m_restore->setStatusTip(tr("Go back to one of the journal's backups."));
}

void BackupActions::updateEnabled()
{
    const bool writable = !m_database.isReadOnly() || m_database.readOnlyReason() == Database::ReadOnlyReason::Checking;
    m_backUpNow->setEnabled(writable);
    m_restore->setEnabled(true); // the dialog lists the backups even when it cannot restore one
}

void BackupActions::backUpNow()
{
    if (m_statusBar)
        m_statusBar->showMessage(tr("Making a backup…"));
    auto made = m_database.backups().backupNow(BackupReason::Manual);
    if (!made)
        MessageBox::warning(m_window, tr("Back Up Now"), made.error());
}

void BackupActions::showRestore()
{
    RestoreDialog dialog(m_database, m_window);
    dialog.exec();
}

void BackupActions::made(const BackupInfo& info)
{
    if (!m_statusBar)
        return;
    //: %1 is the time the backup was made.
    m_statusBar->showMessage(
        tr("Backup made at %1.").arg(QLocale().toString(info.created.toLocalTime().time(), QLocale::ShortFormat)),
        8000);
}

void BackupActions::failed(const QString& message)
{
    // Stays until replaced: a backup that could not be made must not go unseen.
    if (m_statusBar)
        m_statusBar->showMessage(message);
}

} // namespace myfyrio
