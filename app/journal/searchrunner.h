#pragma once

#include "core/journal/reflection.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <optional>

namespace myfyrio {

/// Runs the journal list's queries for a filter on a thread of its own, with
/// its own read-only connection to the journal file, so that typing in the
/// search box never blocks the window, however large the journal and however
/// many reflections a short word matches. Only the newest request is answered:
/// requests overtaken while they wait are dropped unanswered.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    /// What the list shows for a filter: its months and the first page of the
    /// months that open by themselves.
    struct Result {
        quint64 ticket = 0;
        ReflectionFilter filter;
        QVector<MonthCount> months;
        QHash<int, QVector<ReflectionSummary>> firstPages; ///< by month row
        /// For a search: the reflection that matches best (empty when none does).
        /// Not asked for without search words.
        std::optional<std::optional<ReflectionSummary>> bestMatch;
        QString error;
    };

    explicit SearchRunner(const QString& journalPath, QObject* parent = nullptr);
    ~SearchRunner() override;

    /// Asks for the list of a filter; the answer comes as finished() with the
    /// same ticket, unless a newer request overtakes it.
    quint64 request(const ReflectionFilter& filter, int monthsToOpen, int pageSize);
    quint64 latestTicket() const;
    /// Forgets the connection (the file was replaced): the next request opens it again.
    void reopen();

signals:
    void finished(const myfyrio::SearchRunner::Result& result);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker;
    mutable QMutex m_mutex;
    quint64 m_ticket = 0;
};

} // namespace myfyrio

Q_DECLARE_METATYPE(myfyrio::SearchRunner::Result)
