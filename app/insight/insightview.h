#pragma once

#include "core/failure/failurecounts.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QLabel;

namespace myfyrio {

class Database;
class PeriodChooser;

/// Where the writer's placed events fall on the failure spectrum over a
/// chosen period: one plain sentence, the events per reason (blameworthy to
/// praiseworthy), the trend by type over the months, and the mean blame felt
/// per reason. Reads the journal again when shown and when the period changes;
/// every text, chart title and axis follows a language change at once.
class InsightView : public QWidget
{
    Q_OBJECT

public:
    /// The database must outlive the view.
    explicit InsightView(const Database& database, QWidget* parent = nullptr);

    /// Reads the counts for the chosen period again and redraws.
    void refresh();

    const FailureCounts& counts() const { return m_counts; }
    QString summaryText() const;
    PeriodChooser* periodChooser() const { return m_period; }
    QChartView* reasonsView() const { return m_reasons; }
    QChartView* trendView() const { return m_trend; }
    QChartView* blameView() const { return m_blame; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void buildCharts();

    const Database& m_database;
    QLabel* m_title;
    PeriodChooser* m_period;
    QLabel* m_summary;
    QLabel* m_placedCount;
    QLabel* m_readingNote;
    QChartView* m_reasons;
    QChartView* m_trend;
    QChartView* m_blame;
    FailureCounts m_counts;
    QString m_error;
};

} // namespace myfyrio
