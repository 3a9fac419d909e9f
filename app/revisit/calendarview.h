#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace myfyrio {

class Database;

/// A month calendar with the days that hold reflections marked; choosing a day lists
/// its reflections, and choosing one opens it.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(const Database& database, QWidget* parent = nullptr);

    QCalendarWidget* calendar() const { return m_calendar; }
    QListWidget* dayList() const { return m_day; }
    /// Shows a day and its reflections.
    void showDay(const QDate& day);
    void refresh();

signals:
    void openReflection(const QString& id, const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void markMonth(int year, int month);
    void onItemActivated(QListWidgetItem* item);

    const Database& m_database;
    QCalendarWidget* m_calendar;
    QLabel* m_dayHeading;
    QListWidget* m_day;
    QLabel* m_hint;
    QDate m_shownDay;
    QVector<QDate> m_marked;
};

} // namespace myfyrio
