#include "app/journal/backgroundsaver.h"

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"

namespace myfyrio {

const QString BackgroundSaver::unavailable = QStringLiteral("unavailable");

/// Lives on the saving thread: owns the second connection, opened there on
/// the first job (a connection is used only by the thread that made it).
class BackgroundSaver::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    Result run(const Job& job)
    {
        if (!m_store && !m_failed) {
            auto opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
            if (opened) {
                m_database = std::move(opened).value();
                m_store = std::make_unique<ReflectionStore>(*m_database);
            } else {
                m_failed = true;
                m_reason = opened.error();
            }
        }
        if (!m_store)
            return Failure{m_reason, unavailable};
        return job(*m_store);
    }

    void close()
    {
        m_store.reset();
        m_database.reset();
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReflectionStore> m_store;
    bool m_failed = false;
    QString m_reason;
};

BackgroundSaver::BackgroundSaver(const Database& database, QObject* parent)
    : QObject(parent), m_worker(new Worker(database.path()))
{
    m_thread.setObjectName(QStringLiteral("myfyrio-saving"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // Open the connection now, off the GUI thread, so that the first save does not wait for it.
    start([](const ReflectionStore&) -> Result { return Reflection{}; });
}

BackgroundSaver::~BackgroundSaver()
{
    // Every job given has run once this returns; the connection closes on its own thread.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
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
