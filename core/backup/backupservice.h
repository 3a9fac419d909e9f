#pragma once

#include "core/backup/backupinfo.h"
#include "core/util/expected.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace myfyrio {

class Database;

/// The backups of one open journal (see BackupWriter for how one is made and
/// BackupSchedule for which are kept).
///
/// Automatic backups, once startAutomatic() is called: one when the journal
/// is opened if the newest is over a day old, then at most every 30 minutes
/// while changes are being made (it listens to Database::changes()), and one
/// on close when anything changed. Features that are about to do something
/// risky (a schema upgrade, an import, a restore, emptying the trash) call
/// backupNow() first and go ahead only when it succeeded.
///
/// Every backup runs on a worker thread with a connection of its own; the
/// thread that asks is never blocked for more than a few milliseconds at a
/// time (backupNow() keeps its event loop running, without user input).
class BackupService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int minimumMinutesBetween = 30;
    static constexpr int openedAfterHours = 24;

    explicit BackupService(Database& database);
    ~BackupService() override;

    /// The clock used to name and thin backups (the system's UTC time unless set).
    void setClock(Clock clock);
    QDateTime now() const;

    /// Makes a backup now and waits for it. For "before X": go ahead with X only when this succeeded.
    Expected<BackupInfo> backupNow(BackupReason reason);
    /// Starts a backup; backupMade() or backupFailed() follows.
    void backupInBackground(BackupReason reason);
    bool isBusy() const { return m_job != nullptr; }
    /// Waits until no backup is being made (the event loop keeps running).
    void waitUntilIdle();

    /// Starts the automatic backups (see the class comment); the app does,
    /// the command line does not.
    void startAutomatic();
    bool isAutomatic() const { return m_automatic; }
    /// Makes a backup when changes were made and the last one is at least
    /// 30 minutes old; otherwise waits for that. Called on every change.
    void considerBackup();
    /// On close: a last backup if anything changed since the last one (waits for it).
    void backupOnClose();
    bool hasChangesSinceBackup() const { return m_dirty; }
    /// When the newest backup was made (invalid when there is none).
    QDateTime lastBackup() const { return m_last; }

    /// Replaces the journal by the backup: checks the backup, backs up the
    /// journal as it is now, then puts a copy of the backup in its place
    /// atomically and announces that the journal was replaced. Returns the
    /// backup of the journal as it was.
    Expected<BackupInfo> restore(const QString& backupPath);

    /// Runs work on a worker thread and waits for it, keeping this thread's
    /// event loop running (without user input) meanwhile.
    static void runAndWait(const std::function<void()>& work);

signals:
    void backupStarted(myfyrio::BackupReason reason);
    void backupMade(const myfyrio::BackupInfo& info);
    void backupFailed(const QString& message);

private:
    struct Job;
    std::shared_ptr<Job> startJob(BackupReason reason);
    void complete(const std::shared_ptr<Job>& job);
    void markChanged();
    QDateTime nextStamp();

    Database& m_database;
    Clock m_clock;
    QTimer m_timer;
    std::shared_ptr<Job> m_job;
    bool m_automatic = false;
    bool m_dirty = false;
    bool m_pending = false;
    BackupReason m_pendingReason = BackupReason::Scheduled;
    QDateTime m_last;
    QDateTime m_lastStamp;
};

} // namespace myfyrio
