#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace myfyrio {

class JournalChanges;

/// Keeps a summary view (actions, calendar, insight…) up to date with the
/// journal without reading it while nobody looks: a change marks the view
/// stale; a visible view refreshes once, after the current event, however many
/// changes arrived; a hidden one refreshes when it is next shown.
class StaleViewRefresher : public QObject
{
    Q_OBJECT

public:
    StaleViewRefresher(QWidget* view, std::function<void()> refresh);

    /// Refreshes on the reflection, action and whole-journal announcements.
    void watchReflections(const JournalChanges& changes);
    /// Marks the view stale (connect any other announcement here).
    void markStale();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshIfVisible();

    QWidget* m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
    bool m_queued = false;
};

} // namespace myfyrio
