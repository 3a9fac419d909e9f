#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace myfyrio {

class CpdProgressChart;
class Database;

/// The CPD view: the current cycle of the regulator chosen in Preferences,
/// what is done against its requirement (with a chart), what is still missing
/// ("Reflective accounts still to write: 3", "Participatory hours to go: 12"),
/// and the cycle's CPD activities. Private reflections count: the view is for
/// the writer. It follows the journal's changes and the Preferences.
class CpdView : public QWidget
{
    Q_OBJECT

public:
    explicit CpdView(const Database& database, QWidget* parent = nullptr);

    /// Reads the journal again, as it stands on the given day (today by default).
    void refresh();
    void setToday(const QDate& today);

    QLabel* regulatorLabel() const { return m_regulator; }
    QLabel* missingLabel() const { return m_missing; }
    CpdProgressChart* chart() const { return m_chart; }
    QTreeWidget* activities() const { return m_activities; }

signals:
    void openReflection(const QString& id, const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const Database& m_database;
    QDate m_today;
    QLabel* m_heading;
    QLabel* m_regulator;
    QLabel* m_cycle;
    QLabel* m_totals;
    CpdProgressChart* m_chart;
    QLabel* m_missingHeading;
    QLabel* m_missing;
    QLabel* m_activitiesHeading;
    QTreeWidget* m_activities;
    QLabel* m_error;
};

} // namespace myfyrio
