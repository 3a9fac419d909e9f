#pragma once

#include "core/supervision/agreement.h"
#include "core/supervision/session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace myfyrio {

/// One agreement's supervision over time: sessions held against the agreed
/// frequency, cancellations, and month by month which of the four functions
/// the sessions covered.
class SessionOverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionOverviewPanel(QWidget* parent = nullptr);

    /// today ends the period (the agreement's start date, or its first session, begins it).
    void show(const Agreement& agreement, const QVector<Session>& sessions, const QDate& today);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Agreement m_agreement;
    QVector<Session> m_sessions;
    QDate m_today;
    QLabel* m_period;
    QLabel* m_held;
    QLabel* m_cancelled;
    QLabel* m_coverageTitle;
    QTableWidget* m_coverage;
};

} // namespace myfyrio
