#include "app/revisit/calendarview.h"

#include "app/common/staleviewrefresher.h"
#include "core/journal/reflectionstore.h"
#include "core/palette/statuspalette.h"
#include "core/revisit/reflectioncalendar.h"
#include "core/storage/database.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace myfyrio {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int dateRole = Qt::UserRole + 1;
} // namespace

CalendarView::CalendarView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_calendar(new QCalendarWidget(this)),
      m_dayHeading(new QLabel(this)),
      m_day(new QListWidget(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarView"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(true);
    m_calendar->setMinimumSize(460, 340);
    QFont big = m_dayHeading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_dayHeading->setFont(big);
    m_dayHeading->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_calendar->setMaximumHeight(420);
    auto* left = new QVBoxLayout;
    left->addWidget(m_calendar);
    left->addWidget(m_hint);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_dayHeading);
    right->addWidget(m_day, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(18);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarView::markMonth);
    connect(m_calendar, &QCalendarWidget::clicked, this, &CalendarView::showDay);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& day) {
        showDay(day);
        if (m_day->count() == 1)
            onItemActivated(m_day->item(0));
    });
    connect(m_day, &QListWidget::itemActivated, this, &CalendarView::onItemActivated);
    connect(m_day, &QListWidget::itemClicked, this, &CalendarView::onItemActivated);
    retranslate();
    (new StaleViewRefresher(this, [this] { refresh(); }))->watchReflections(database.changes());
}

void CalendarView::retranslate()
{
    const QLocale locale;
    m_calendar->setLocale(locale);
    m_calendar->setFirstDayOfWeek(locale.firstDayOfWeek());
    m_hint->setText(tr("Days in bold hold reflections. Choose a day to see them, then choose one to open it."));
    m_day->setAccessibleName(tr("Reflections on the chosen day"));
    m_day->setAccessibleDescription(tr("Enter opens the chosen reflection."));
    if (auto* days = m_calendar->findChild<QWidget*>(QStringLiteral("qt_calendar_calendarview"))) {
        days->setAccessibleName(tr("Calendar"));
        days->setAccessibleDescription(tr("Days in bold hold reflections. The arrow keys move from day to day, "
                                          "Page Up and Page Down from month to month."));
    }
    refresh();
}

void CalendarView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarView::refresh()
{
    markMonth(m_calendar->yearShown(), m_calendar->monthShown());
    showDay(m_shownDay.isValid() ? m_shownDay : m_calendar->selectedDate());
}

void CalendarView::markMonth(int year, int month)
{
    for (const QDate& day : m_marked)
        m_calendar->setDateTextFormat(day, QTextCharFormat());
    m_marked.clear();
    // The neighbouring months' days show at the edges of the page too.
    for (int offset = -1; offset <= 1; ++offset) {
        const QDate first = QDate(year, month, 1).addMonths(offset);
        auto days = ReflectionCalendar(m_database).daysWithReflections(first.year(), first.month());
        if (!days)
            continue;
        for (auto it = days->constBegin(); it != days->constEnd(); ++it) {
            QTextCharFormat format;
            format.setFontWeight(QFont::Bold);
            format.setBackground(StatusPalette::background(StatusPalette::Role::Marked, m_calendar->palette()));
            //: %n is a number of reflections.
            format.setToolTip(tr("Reflections on this day: %n", nullptr, it.value()));
            m_calendar->setDateTextFormat(it.key(), format);
            m_marked.append(it.key());
        }
    }
}

void CalendarView::showDay(const QDate& day)
{
    if (!day.isValid())
        return;
    m_shownDay = day;
    const QLocale locale;
    m_dayHeading->setText(locale.toString(day, QLocale::LongFormat));
    m_day->clear();
    ReflectionFilter filter;
    filter.from = day;
    filter.to = day;
    auto reflections = ReflectionStore(m_database).list(filter);
    if (!reflections) {
        m_day->addItem(reflections.error());
        return;
    }
    for (const ReflectionSummary& summary : *reflections) {
        auto* item = new QListWidgetItem(summary.title.isEmpty() ? tr("Untitled") : summary.title, m_day);
        item->setData(idRole, summary.id);
        item->setData(dateRole, summary.date);
    }
    if (reflections->isEmpty()) {
        auto* none = new QListWidgetItem(tr("No reflections on this day."), m_day);
        none->setFlags(Qt::NoItemFlags);
    }
}

void CalendarView::onItemActivated(QListWidgetItem* item)
{
    if (!item || item->data(idRole).toString().isEmpty())
        return;
    emit openReflection(item->data(idRole).toString(), item->data(dateRole).toDate());
}

} // namespace myfyrio
