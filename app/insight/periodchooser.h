#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace myfyrio {

/// Chooses the period an insight covers: this year, the last 12 months, all
/// time, or custom dates (both days included).
class PeriodChooser : public QWidget
{
    Q_OBJECT

public:
    enum class Period { ThisYear, Last12Months, AllTime, Custom };

    explicit PeriodChooser(QWidget* parent = nullptr);

    Period period() const;
    void setPeriod(Period period);
    /// Sets custom dates and chooses Custom.
    void setCustom(const QDate& from, const QDate& to);

    /// The first day, or invalid for "from the first entry".
    QDate from() const;
    /// The last day, or invalid for "to the last entry".
    QDate to() const;

    /// "Today" for the relative periods; tests fix it.
    void setToday(const QDate& today);

    QComboBox* periodBox() const { return m_period; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDates();

    QLabel* m_label;
    QComboBox* m_period;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QDate m_today;
};

} // namespace myfyrio
