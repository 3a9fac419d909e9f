#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace myfyrio {

/// The one-writer lock of a journal: a lock file beside it ("journal.sqlite.lock"),
/// named after the journal's canonical path, so that the same file reached
/// through another name or a link has the same lock. A lock left by a process
/// that no longer runs (a crash, kill -9) is taken over without asking.
class JournalLock
{
public:
    enum class State {
        Held,          ///< this process holds the lock
        HeldElsewhere, ///< another running process holds it
        Unavailable,   ///< no lock can be made there (a read-only folder)
    };

    explicit JournalLock(const QString& journalPath);
    ~JournalLock();
    JournalLock(const JournalLock&) = delete;
    JournalLock& operator=(const JournalLock&) = delete;

    State tryLock();
    bool isHeld() const;
    void unlock();

    QString lockPath() const { return m_lockPath; }
    /// The process id of whoever holds the lock now (0 when unknown).
    qint64 holder() const;

    /// The journal's path with every link and "..", so that one file has one name.
    static QString canonicalPath(const QString& journalPath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace myfyrio
