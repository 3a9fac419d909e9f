#include "app/journal/backgroundsaver.h"

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"

namespace myfyrio {

const QString BackgroundSaver::unavailable = QStringLiteral("unavailable");

/// Lives on the saving thread. Each job opens a connection of its own there
/// (a connection is used only by the thread that made it) and closes it when
/// done: between saves this thread holds nothing open, so the journal's own
/// connection is the last one when it closes (SQLite then folds the WAL file
/// into the journal), and a journal file replaced meanwhile (a restore) is
/// never written through a connection to the file it replaced.
class BackgroundSaver::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    Result run(const Job& job, Database::ReadOnlyReason reason) const
    {
        auto opened = Database::openAnother(m_path, reason);
        if (!opened)
            return Failure{opened.error(), unavailable};
        const std::unique_ptr<Database> database = std::move(opened).value();
        return job(ReflectionStore(*database));
    }

private:
    QString m_path;
};

BackgroundSaver::BackgroundSaver(const Database& database, QObject* parent)
    : QObject(parent), m_database(database), m_worker(new Worker(database.path()))
{
    m_thread.setObjectName(QStringLiteral("myfyrio-saving"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundSaver::~BackgroundSaver()
{
    // Every job given has run once this returns.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

BackgroundSaver::Ticket BackgroundSaver::start(Job job)
{
    const quint64 number = ++m_next;
    auto promise = std::make_shared<std::promise<Result>>();
    Ticket ticket{number, promise->get_future().share()};
    Worker* worker = m_worker;
    // Never more rights than the journal's own connection has at the time of the save.
    const Database::ReadOnlyReason reason = m_database.readOnlyReason();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, promise, number, reason, job = std::move(job)] {
            promise->set_value(worker->run(job, reason));
            QMetaObject::invokeMethod(
                this, [this, number] { emit finished(number); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace myfyrio
