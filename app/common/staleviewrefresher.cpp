#include "app/common/staleviewrefresher.h"

#include "core/storage/journalchanges.h"

#include <QEvent>
#include <QWidget>

namespace myfyrio {

StaleViewRefresher::StaleViewRefresher(QWidget* view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void StaleViewRefresher::watchReflections(const JournalChanges& changes)
{
    connect(&changes, &JournalChanges::reflectionsAdded, this, &StaleViewRefresher::markStale);
    connect(&changes, &JournalChanges::reflectionsChanged, this, &StaleViewRefresher::markStale);
    connect(&changes, &JournalChanges::reflectionsRemoved, this, &StaleViewRefresher::markStale);
    connect(&changes, &JournalChanges::actionsChanged, this, &StaleViewRefresher::markStale);
    connect(&changes, &JournalChanges::journalReplaced, this, &StaleViewRefresher::markStale);
}

void StaleViewRefresher::markStale()
{
    m_stale = true;
    if (m_queued || !m_view->isVisible())
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &StaleViewRefresher::refreshIfVisible, Qt::QueuedConnection);
}

void StaleViewRefresher::refreshIfVisible()
{
    m_queued = false;
    if (!m_stale || !m_view->isVisible())
        return;
    m_stale = false;
    m_refresh();
}

bool StaleViewRefresher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        refreshIfVisible();
    return QObject::eventFilter(watched, event);
}

} // namespace myfyrio
