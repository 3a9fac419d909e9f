#pragma once

#include "core/backup/backupinfo.h"

#include <QDialog>
#include <QVector>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

namespace myfyrio {

class Database;

/// File ▸ Restore from Backup…: lists the journal's backups (when and why each
/// was made, how many reflections and agreements it holds, the date of its
/// newest entry, its size and whether it passes its check), previews the one
/// chosen read-only (titles and dates), and restores it.
///
/// Restoring backs up the journal as it is now first, then puts the backup in
/// its place; every view reads the journal again. Backups are read on a worker
/// thread, so a large journal never stalls the window.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const Database& database, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    /// True once every backup has been read.
    bool isLoaded() const { return m_loaded; }
    int backupCount() const { return m_backups.size(); }
    const BackupInfo& backup(int row) const { return m_backups.at(row); }
    void selectBackup(int row);
    /// True once the preview of the chosen backup is shown.
    bool isPreviewLoaded() const { return m_previewLoaded; }
    QTreeWidget* backupList() const { return m_list; }
    QTreeWidget* preview() const { return m_preview; }
    QPushButton* restoreButton() const { return m_restoreButton; }

    /// Restores the chosen backup after asking (through MessageBox); true when it was restored.
    bool restoreSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void startReading();
    void showBackup(int row, const BackupInfo& backup);
    void selectionChanged();
    void showPreview(const QString& path, const QStringList& rows, const QString& problem);
    void updateRestoreButton();
    void stopWorkers();

    const Database& m_database;
    QVector<BackupInfo> m_backups;
    QLabel* m_intro;
    QLabel* m_state;
    QTreeWidget* m_list;
    QLabel* m_previewHeading;
    QTreeWidget* m_preview;
    QPushButton* m_restoreButton;
    QPushButton* m_closeButton;
    QThread* m_reader = nullptr;
    QThread* m_previewer = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_previewPath;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_previewLoaded = false;
};

} // namespace myfyrio
