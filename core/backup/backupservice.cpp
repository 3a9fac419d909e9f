#include "core/backup/backupservice.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupschedule.h"
#include "core/backup/backupwriter.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <optional>

namespace myfyrio {

struct BackupService::Job {
    BackupReason reason = BackupReason::Manual;
    QThread* thread = nullptr;
    std::shared_ptr<std::optional<Expected<BackupInfo>>> result =
        std::make_shared<std::optional<Expected<BackupInfo>>>();
    bool completed = false;
};

namespace {

/// Waits for a thread in slices short enough that the event loop never stalls.
/// The events let the job complete (and its thread be deleted) meanwhile: once
/// *completed is true the thread is not touched again.
void waitKeepingEventsFlowing(QThread* thread, const bool* completed = nullptr)
{
    const bool eventLoop =
        QCoreApplication::instance() != nullptr && QThread::currentThread() == QCoreApplication::instance()->thread();
    while (!(completed && *completed) && !thread->wait(QDeadlineTimer(eventLoop ? 8 : 1000))) {
        if (eventLoop)
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 8);
    }
}

} // namespace

BackupService::BackupService(Database& database) : m_database(database)
{
    qRegisterMetaType<BackupInfo>();
    qRegisterMetaType<BackupReason>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupService::considerBackup);
}

BackupService::~BackupService()
{
    if (m_job) {
        m_job->thread->wait();
        delete m_job->thread;
    }
}

void BackupService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime BackupService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QDateTime BackupService::nextStamp()
{
    // Two backups never share a name, even within one millisecond.
    QDateTime stamp = now();
    if (m_lastStamp.isValid() && stamp <= m_lastStamp)
        stamp = m_lastStamp.addMSecs(1);
    m_lastStamp = stamp;
    return stamp;
}

void BackupService::runAndWait(const std::function<void()>& work)
{
    QThread* thread = QThread::create(work);
    thread->start();
    waitKeepingEventsFlowing(thread);
    delete thread;
}

std::shared_ptr<BackupService::Job> BackupService::startJob(BackupReason reason)
{
    auto job = std::make_shared<Job>();
    job->reason = reason;
    const QString journal = m_database.path();
    const QDateTime stamp = nextStamp();
    auto result = job->result;
    job->thread = QThread::create([journal, reason, stamp, result] {
        *result = BackupWriter::write(journal, reason, stamp);
        if (result->value())
            BackupSchedule::thin(journal, stamp);
    });
    std::weak_ptr<Job> weak = job;
    connect(job->thread, &QThread::finished, this, [this, weak] {
        if (auto finished = weak.lock())
            complete(finished);
    });
    m_job = job;
    m_dirty = false;
    emit backupStarted(reason);
    job->thread->start();
    return job;
}

void BackupService::complete(const std::shared_ptr<Job>& job)
{
    if (job->completed)
        return;
    job->completed = true;
    job->thread->wait();
    job->thread->deleteLater();
    if (m_job == job)
        m_job.reset();
    const Expected<BackupInfo>& result = job->result->value();
    if (result) {
        m_last = result->created;
        if (!result->indexOk)
            m_database.repairSearchIndex();
        emit backupMade(*result);
    } else {
        m_dirty = true; // what changed is still not in a backup
        emit backupFailed(result.error());
    }
    if (m_pending) {
        m_pending = false;
        startJob(m_pendingReason);
    } else if (m_automatic && m_dirty && result) {
        considerBackup();
    }
}

Expected<BackupInfo> BackupService::backupNow(BackupReason reason)
{
    waitUntilIdle();
    if (m_database.readOnlyReason() == Database::ReadOnlyReason::Checking)
        m_database.waitForCheck();
    auto job = startJob(reason);
    waitKeepingEventsFlowing(job->thread, &job->completed);
    complete(job);
    return job->result->value();
}

void BackupService::backupInBackground(BackupReason reason)
{
    if (m_job) {
        m_pending = true;
        m_pendingReason = reason;
        return;
    }
    startJob(reason);
}

void BackupService::waitUntilIdle()
{
    while (auto job = m_job) {
        waitKeepingEventsFlowing(job->thread, &job->completed);
        complete(job);
    }
}

void BackupService::markChanged()
{
    m_dirty = true;
    if (m_automatic)
        considerBackup();
}

void BackupService::startAutomatic()
{
    if (m_automatic)
        return;
    if (!m_database.isChecked()) {
        connect(
            &m_database, &Database::checkFinished, this,
            [this](bool passed) {
                if (passed)
                    startAutomatic();
            },
            Qt::SingleShotConnection);
        return;
    }
    if (m_database.isReadOnly())
        return; // another window, or nobody may write it: nothing new to keep
    m_automatic = true;
    JournalChanges& changes = m_database.changes();
    connect(&changes, &JournalChanges::reflectionsAdded, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::reflectionsChanged, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::reflectionsRemoved, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::actionsChanged, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::tagsChanged, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::modelsChanged, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::agreementsChanged, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::sessionsChanged, this, &BackupService::markChanged);
    connect(&changes, &JournalChanges::journalReplaced, this, &BackupService::markChanged);

    const QVector<BackupInfo> backups = BackupCatalog::list(m_database.path(), BackupCatalog::Depth::Names);
    if (!backups.isEmpty() && (!m_last.isValid() || backups.constFirst().created > m_last))
        m_last = backups.constFirst().created;
    if (!m_last.isValid() || m_last.secsTo(now()) >= qint64(openedAfterHours) * 3600)
        backupInBackground(BackupReason::Opened);
}

void BackupService::considerBackup()
{
    if (!m_automatic || !m_dirty || m_job)
        return;
    const qint64 interval = qint64(minimumMinutesBetween) * 60;
    const qint64 since = m_last.isValid() ? m_last.secsTo(now()) : interval;
    if (since >= interval) {
        m_timer.stop();
        backupInBackground(BackupReason::Scheduled);
    } else if (!m_timer.isActive()) {
        m_timer.start(int((interval - since) * 1000));
    }
}

void BackupService::backupOnClose()
{
    waitUntilIdle();
    m_timer.stop();
    if (m_automatic && m_dirty && !m_database.isReadOnly())
        (void)backupNow(BackupReason::Closed);
}

Expected<BackupInfo> BackupService::restore(const QString& backupPath)
{
    if (m_database.isReadOnly())
        return Failure{sql::readOnlySentence(m_database.readOnlyReason())};
    const QFileInfo file(backupPath);
    const bool ours = file.absolutePath() == QFileInfo(BackupName::folderFor(m_database.path())).absoluteFilePath()
                      && BackupName::parse(m_database.path(), file.fileName()).has_value();

    std::optional<BackupInfo> checked;
    runAndWait([&] { checked = BackupCatalog::read(file.absoluteFilePath(), BackupCatalog::Depth::Verified, ours); });
    if (!checked->ok)
        //: %1 is a sentence saying what went wrong.
        return Failure{tr("The backup was not restored. %1").arg(checked->problem)};

    auto before = backupNow(BackupReason::BeforeRestore);
    if (!before)
        //: %1 is a sentence saying why the backup could not be made.
        return Failure{tr("The backup was not restored, because the journal as it is now could not be backed up "
                          "first. %1")
                           .arg(before.error())};

    const QFileInfo journal(m_database.path());
    const QString prepared =
        journal.absoluteDir().filePath(QLatin1Char('.') + journal.fileName() + QStringLiteral(".restoring-")
                                       + QUuid::createUuid().toString(QUuid::Id128));
    std::optional<Expected<void>> copied;
    runAndWait([&] { copied = BackupWriter::copyChecked(file.absoluteFilePath(), prepared, ours); });
    if (!copied->ok())
        //: %1 is a sentence saying what went wrong.
        return Failure{tr("The backup was not restored. %1").arg(copied->error())};
    if (auto replaced = m_database.replaceFile(prepared); !replaced) {
        QFile::remove(prepared);
        //: %1 is a sentence saying what went wrong.
        return Failure{tr("The backup was not restored. %1").arg(replaced.error())};
    }
    m_dirty = false;
    return before;
}

} // namespace myfyrio
