#include "app/supervision/sessionoverviewpanel.h"

#include "core/palette/statuspalette.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionoverview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace myfyrio {

SessionOverviewPanel::SessionOverviewPanel(QWidget* parent)
    : QWidget(parent),
      m_period(new QLabel(this)),
      m_held(new QLabel(this)),
      m_cancelled(new QLabel(this)),
      m_coverageTitle(new QLabel(this)),
      m_coverage(new QTableWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont big = m_held->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_held->setFont(big);
    m_held->setObjectName(QStringLiteral("heldFigure"));
    m_cancelled->setObjectName(QStringLiteral("cancelledFigure"));
    for (QLabel* label : {m_period, m_held, m_cancelled, m_coverageTitle}) {
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_coverage, 1);
}

void SessionOverviewPanel::show(const Agreement& agreement, const QVector<Session>& sessions, const QDate& today)
{
    m_agreement = agreement;
    m_sessions = sessions;
    m_today = today;
    refresh();
}

void SessionOverviewPanel::refresh()
{
    const AgreementVersion* current = m_agreement.current();
    m_coverage->clear();
    m_coverage->setRowCount(0);
    if (!current) {
        for (QLabel* label : {m_period, m_held, m_cancelled, m_coverageTitle})
            label->clear();
        return;
    }
    QDate from = current->content.startDate;
    if (!from.isValid() && !m_sessions.isEmpty())
        from = m_sessions.constFirst().date;
    if (!from.isValid())
        from = m_today;
    const QDate to = m_agreement.endedOn.isValid() ? m_agreement.endedOn : m_today;
    const SessionOverview o = SessionOverview::compute(m_sessions, current->content.frequencyWeeks, from, to);
    const QLocale locale;
    m_period->setText(
        //: %1 is a date; %2 is a date.
        tr("From %1 to %2").arg(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat)));
    if (current->content.frequencyWeeks > 0)
        //: %1 is a number; %2 is a number; %3 is a number.
        m_held->setText(tr("Sessions held: %1 of the %2 the agreed frequency expects (every %3 weeks)")
                            .arg(o.held)
                            .arg(o.expected)
                            .arg(current->content.frequencyWeeks));
    else
        //: %1 is a number.
        m_held->setText(tr("Sessions held: %1 (no frequency has been agreed)").arg(o.held));
    //: %1 is a number; %2 is a number.
    m_cancelled->setText(tr("Cancelled: %1, of which rebooked: %2").arg(o.cancelled).arg(o.rebooked));
    m_coverageTitle->setText(tr("Which of the four functions the held sessions covered, month by month:"));

    const QStringList codes = SectionCatalog::functionCodes();
    m_coverage->setColumnCount(static_cast<int>(codes.size()) + 1);
    QStringList headers{tr("Sessions held")};
    for (const QString& code : codes)
        headers.append(SectionCatalog::functionLabel(code));
    m_coverage->setHorizontalHeaderLabels(headers);
    m_coverage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QStringList months;
    const auto addRow = [this, &codes](int held, const QMap<QString, int>& coverage) {
        const int row = m_coverage->rowCount();
        m_coverage->insertRow(row);
        m_coverage->setItem(row, 0, new QTableWidgetItem(QString::number(held)));
        for (int c = 0; c < codes.size(); ++c) {
            const int count = coverage.value(codes.at(c));
            auto* item = new QTableWidgetItem(QString::number(count));
            item->setTextAlignment(Qt::AlignCenter);
            if (count > 0)
                item->setBackground(StatusPalette::background(StatusPalette::Role::Success, m_coverage->palette()));
            m_coverage->setItem(row, c + 1, item);
        }
        m_coverage->item(row, 0)->setTextAlignment(Qt::AlignCenter);
    };
    for (const SessionOverview::Month& m : o.months) {
        months.append(locale.toString(m.month, QStringLiteral("MMMM yyyy")));
        addRow(m.held, m.coverage);
    }
    months.append(tr("All"));
    addRow(o.held, o.coverage);
    m_coverage->setVerticalHeaderLabels(months);
}

void SessionOverviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
