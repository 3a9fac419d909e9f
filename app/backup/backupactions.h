#pragma once

#include <QObject>

class QAction;
class QMenu;
class QStatusBar;
class QWidget;

namespace myfyrio {

class Database;
struct BackupInfo;

/// The File menu's Back Up Now and Restore from Backup…, and what the status
/// bar says about backups: one being made, made, or failed (a failure stays
/// shown until the next backup succeeds).
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(const Database& database, QMenu& menu, QStatusBar* statusBar, QWidget* window);

    QAction* backUpNowAction() const { return m_backUpNow; }
    QAction* restoreAction() const { return m_restore; }

    void backUpNow();
    void showRestore();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    void made(const BackupInfo& info);
    void failed(const QString& message);

    const Database& m_database;
    QStatusBar* m_statusBar;
    QWidget* m_window;
    QAction* m_backUpNow;
    QAction* m_restore;
};

} // namespace myfyrio
