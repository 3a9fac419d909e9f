#include "app/revisit/onthisdayview.h"

#include "app/common/staleviewrefresher.h"
#include "core/revisit/onthisday.h"
#include "core/storage/database.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int dateRole = Qt::UserRole + 1;
} // namespace

OnThisDayView::OnThisDayView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_heading(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("onThisDayView"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, &OnThisDayView::onActivated);
    retranslate();
    (new StaleViewRefresher(this, [this] { refresh(); }))->watchReflections(database.changes());
}

void OnThisDayView::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void OnThisDayView::retranslate()
{
    m_tree->setHeaderLabels({tr("Reflection"), tr("Date")});
    m_tree->setAccessibleName(tr("On this day"));
    m_tree->setAccessibleDescription(tr("What you wrote a month ago, a year ago and on this day in earlier years. "
                                        "Enter opens the chosen reflection."));
    m_empty->setText(tr("Nothing to look back on today. Reflections written a month ago, a year ago or on this "
                        "day in earlier years appear here; those marked “Don't resurface” never do."));
    refresh();
}

void OnThisDayView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OnThisDayView::refresh()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QLocale locale;
    //: %1 is a date.
    m_heading->setText(tr("On this day: %1").arg(locale.toString(today, QLocale::LongFormat)));
    m_tree->clear();
    auto periods = OnThisDay(m_database).find(today);
    if (!periods) {
        m_empty->setText(periods.error());
        m_tree->hide();
        m_empty->show();
        return;
    }
    for (const OnThisDay::Period& period : *periods) {
        auto* group = new QTreeWidgetItem(m_tree, {OnThisDay::heading(period)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        for (const ReflectionSummary& summary : period.reflections) {
            auto* item = new QTreeWidgetItem(group, {summary.title.isEmpty() ? tr("Untitled") : summary.title,
                                                     locale.toString(summary.date, QLocale::LongFormat)});
            item->setData(0, idRole, summary.id);
            item->setData(0, dateRole, summary.date);
            item->setToolTip(0, tr("Double-click to open the reflection."));
        }
    }
    m_tree->expandAll();
    m_tree->setVisible(!periods->isEmpty());
    m_empty->setVisible(periods->isEmpty());
}

void OnThisDayView::onActivated(QTreeWidgetItem* item)
{
    if (!item || item->data(0, idRole).toString().isEmpty())
        return;
    emit openReflection(item->data(0, idRole).toString(), item->data(0, dateRole).toDate());
}

} // namespace myfyrio
