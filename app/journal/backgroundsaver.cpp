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
    Worker(QString path, bool readOnly) : m_path(std::move(path)), m_readOnly(readOnly) {}

    Result run(const Job& job) const
    {
        auto opened = Database::openAnother(m_path, m_readOnly);
        if (!opened)
            return Failure{opened.error(), unavailable};
        const std::unique_ptr<Database> database = std::move(opened).value();
        return job(ReflectionStore(*database));
    }

private:
    QString m_path;
    bool m_readOnly;
};

BackgroundSaver::BackgroundSaver(const Database& database, QObject* parent)
    : QObject(parent),
      // Never more rights than the journal's own connection has.
      m_worker(new Worker(database.path(),
                          database.connection().connectOptions().contains(QStringLiteral("QSQLITE_OPEN_READONLY"))))
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
    QMetaObject::invokeMethod(
        worker,
        [this, worker, promise, number, job = std::move(job)] {
            promise->set_value(worker->run(job));
            QMetaObject::invokeMethod(
                this, [this, number] { emit finished(number); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace myfyrio
