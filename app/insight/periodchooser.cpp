#include "app/insight/periodchooser.h"

#include "core/i18n/phrasing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace myfyrio {

PeriodChooser::PeriodChooser(QWidget* parent)
    : QWidget(parent),
      m_label(new QLabel(this)),
      m_period(new QComboBox(this)),
      m_fromLabel(new QLabel(this)),
      m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)),
      m_to(new QDateEdit(this)),
      m_today(QDate::currentDate())
{
    m_label->setBuddy(m_period);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(1900, 1, 1));
        edit->setMaximumDate(QDate(9999, 12, 31));
    }
    m_from->setDate(QDate(m_today.year(), 1, 1));
    m_to->setDate(m_today);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addStretch(1);

    retranslate();
    m_period->setCurrentIndex(static_cast<int>(Period::ThisYear));
    updateDates();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        emit changed();
    });
    connect(m_from, &QDateEdit::userDateChanged, this, [this] {
        if (m_to->date() < m_from->date())
            m_to->setDate(m_from->date());
        emit changed();
    });
    connect(m_to, &QDateEdit::userDateChanged, this, [this] {
        if (m_to->date() < m_from->date())
            m_from->setDate(m_to->date());
        emit changed();
    });
}

PeriodChooser::Period PeriodChooser::period() const
{
    return static_cast<Period>(m_period->currentIndex());
}

void PeriodChooser::setPeriod(Period period)
{
    m_period->setCurrentIndex(static_cast<int>(period));
}

void PeriodChooser::setCustom(const QDate& from, const QDate& to)
{
    const QSignalBlocker blocker(m_period);
    m_period->setCurrentIndex(static_cast<int>(Period::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    updateDates();
    emit changed();
}

void PeriodChooser::setToday(const QDate& today)
{
    m_today = today;
    updateDates();
}

QDate PeriodChooser::from() const
{
    switch (period()) {
    case Period::ThisYear:
        return QDate(m_today.year(), 1, 1);
    case Period::Last12Months:
        return QDate(m_today.year(), m_today.month(), 1).addMonths(-11);
    case Period::AllTime:
        return {};
    case Period::Custom:
        return m_from->date();
    }
    return {};
}

QDate PeriodChooser::to() const
{
    switch (period()) {
    case Period::ThisYear:
        return QDate(m_today.year(), 12, 31);
    case Period::Last12Months:
        return m_today;
    case Period::AllTime:
        return {};
    case Period::Custom:
        return m_to->date();
    }
    return {};
}

void PeriodChooser::updateDates()
{
    const bool custom = period() == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom && period() != Period::AllTime) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from());
        m_to->setDate(to());
    }
    m_fromLabel->setVisible(period() != Period::AllTime);
    m_from->setVisible(period() != Period::AllTime);
    m_toLabel->setVisible(period() != Period::AllTime);
    m_to->setVisible(period() != Period::AllTime);
}

void PeriodChooser::retranslate()
{
    m_label->setText(tr("&Period:"));
    const int current = m_period->currentIndex();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("This year"));
    m_period->addItem(tr("The last 12 months"));
    m_period->addItem(tr("All time"));
    m_period->addItem(tr("Custom dates"));
    m_period->setCurrentIndex(qMax(0, current));
    m_period->setAccessibleDescription(tr("The period the charts and the summary count."));
    //: The first day of a period; both days are included.
    m_fromLabel->setText(tr("&From:"));
    //: The last day of a period; both days are included.
    m_toLabel->setText(tr("&To:"));
    const QString format = Phrasing::shortDateFormat();
    m_from->setDisplayFormat(format);
    m_to->setDisplayFormat(format);
}

void PeriodChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
