#include "app/journal/searchrunner.h"

#include "core/journal/reflectionstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace myfyrio {

/// Lives on the runner's thread and owns the connection there (Qt's rule: a
/// connection is used only on the thread that made it).
class SearchRunner::Worker : public QObject
{
public:
    struct Request {
        quint64 ticket = 0;
        ReflectionFilter filter;
        int monthsToOpen = 0;
        int pageSize = 0;
    };

    Worker(SearchRunner* runner, QString path) : m_runner(runner), m_path(std::move(path)) {}
    ~Worker() override { close(); }

    void post(const Request& request)
    {
        {
            QMutexLocker lock(&m_pendingMutex);
            m_pending = request; // an older request still waiting is overtaken
            m_hasPending = true;
        }
        QMetaObject::invokeMethod(
            this, [this] { runPending(); }, Qt::QueuedConnection);
    }

    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    void runPending()
    {
        Request request;
        {
            QMutexLocker lock(&m_pendingMutex);
            if (!m_hasPending)
                return;
            request = m_pending;
            m_hasPending = false;
        }
        Result result;
        result.ticket = request.ticket;
        result.filter = request.filter;
        if (auto store = open()) {
            run(*store, request, result);
        } else {
            result.error = m_openError;
        }
        // Answers only the newest request; the runner checks again on its own thread.
        if (request.ticket == m_runner->latestTicket())
            emit m_runner->finished(result);
    }

    void run(const ReflectionStore& store, const Request& request, Result& result)
    {
        auto months = store.months(request.filter);
        if (!months) {
            result.error = months.error();
            return;
        }
        result.months = std::move(months).value();
        if (!request.filter.text.trimmed().isEmpty()) {
            ReflectionFilter ranked = request.filter;
            ranked.bestMatchFirst = true;
            auto best = store.list(ranked, 1);
            if (!best) {
                result.error = best.error();
                return;
            }
            result.bestMatch = best->isEmpty() ? std::optional<ReflectionSummary>()
                                               : std::optional<ReflectionSummary>(best->constFirst());
        }
        for (int m = 0; m < qMin(request.monthsToOpen, int(result.months.size())); ++m) {
            if (request.ticket != m_runner->latestTicket())
                return; // overtaken: stop early
            ReflectionFilter page = request.filter;
            page.from = result.months.at(m).month;
            page.to = page.from.addMonths(1).addDays(-1);
            auto rows = store.list(page, request.pageSize, 0);
            if (!rows) {
                result.error = rows.error();
                return;
            }
            result.firstPages.insert(m, std::move(rows).value());
        }
    }

    std::optional<ReflectionStore> open()
    {
        if (m_name.isEmpty()) {
            m_name = QStringLiteral("myfyrio-search-") + QUuid::createUuid().toString(QUuid::Id128);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                m_openError = db.lastError().text();
                close();
                return std::nullopt;
            }
        }
        return ReflectionStore(QSqlDatabase::database(m_name, false));
    }

    SearchRunner* m_runner;
    QString m_path;
    QString m_name;
    QString m_openError;
    QMutex m_pendingMutex;
    Request m_pending;
    bool m_hasPending = false;
};

SearchRunner::SearchRunner(const QString& journalPath, QObject* parent)
    : QObject(parent), m_worker(new Worker(this, journalPath))
{
    qRegisterMetaType<Result>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [this] { m_worker->close(); });
    m_thread.setObjectName(QStringLiteral("myfyrio-search"));
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_ticket; // nothing still running is answered
    }
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 SearchRunner::request(const ReflectionFilter& filter, int monthsToOpen, int pageSize)
{
    quint64 ticket;
    {
        QMutexLocker lock(&m_mutex);
        ticket = ++m_ticket;
    }
    m_worker->post(Worker::Request{ticket, filter, monthsToOpen, pageSize});
    return ticket;
}

quint64 SearchRunner::latestTicket() const
{
    QMutexLocker lock(&m_mutex);
    return m_ticket;
}

void SearchRunner::reopen()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::QueuedConnection);
}

} // namespace myfyrio
