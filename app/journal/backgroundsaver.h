#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <future>
#include <memory>

namespace myfyrio {

class Database;
class ReflectionStore;

/// Writes reflections on a thread of its own, through a connection of its own
/// to the journal, so that the GUI thread never waits for the disk while
/// someone types: a commit waits for the disk's flush (synchronous=FULL),
/// 10–20 ms on common disks, longer than a frame.
///
/// Jobs run one at a time, in the order given, each through ReflectionStore
/// on a connection opened for it and closed after it (opening is cheap: the
/// journal was checked when it was opened; see Database::openAnother), so
/// that nothing stays open on this thread between saves. The connection is
/// read-only when the journal's own one is.
///
/// The answer is a future: wait() for it (switching entry, closing), or let
/// finished() say it is ready. What a job wrote is announced on the GUI thread
/// through the journal's Database::changes() by the caller (see Autosaver),
/// as every store write is. When the connection cannot be opened, the answer
/// carries FailureCode "unavailable" and the caller writes on the journal's
/// own connection instead.
class BackgroundSaver : public QObject
{
    Q_OBJECT

public:
    using Result = Expected<Reflection>;
    using Job = std::function<Result(const ReflectionStore& store)>;
    /// A job's future answer, and the number finished() names it by.
    struct Ticket {
        quint64 number = 0;
        std::shared_future<Result> answer;
    };
    static const QString unavailable;

    explicit BackgroundSaver(const Database& database, QObject* parent = nullptr);
    ~BackgroundSaver() override;

    Ticket start(Job job);

signals:
    /// The job with this number has its answer (delivered on the GUI thread).
    void finished(quint64 number);

private:
    class Worker;

    const Database& m_database;
    QThread m_thread;
    Worker* m_worker;
    quint64 m_next = 0;
};

} // namespace myfyrio
