#include "core/storage/journallock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace myfyrio {

QString JournalLock::canonicalPath(const QString& journalPath)
{
    const QFileInfo info(journalPath);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

JournalLock::JournalLock(const QString& journalPath)
    : m_lockPath(canonicalPath(journalPath) + QStringLiteral(".lock")), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // A live holder keeps its lock however long it runs; only a dead one loses it.
    m_lock->setStaleLockTime(0);
}

JournalLock::~JournalLock() = default;

JournalLock::State JournalLock::tryLock()
{
    if (m_lock->isLocked())
        return State::Held;
    if (m_lock->tryLock(0)) {
        QFile::setPermissions(m_lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return State::Held;
    }
    return m_lock->error() == QLockFile::LockFailedError ? State::HeldElsewhere : State::Unavailable;
}

bool JournalLock::isHeld() const
{
    return m_lock->isLocked();
}

void JournalLock::unlock()
{
    m_lock->unlock();
}

qint64 JournalLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock->getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace myfyrio
