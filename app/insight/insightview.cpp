#include "app/insight/insightview.h"

#include "app/common/staleviewrefresher.h"
#include "app/insight/failurecharts.h"
#include "app/insight/periodchooser.h"
#include "core/failure/failureinsight.h"
#include "core/storage/database.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

QChartView* newChartView(QWidget* parent, const QString& name, int height)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

} // namespace

InsightView::InsightView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_title(new QLabel),
      m_period(new PeriodChooser),
      m_summary(new QLabel),
      m_placedCount(new QLabel),
      m_readingNote(new QLabel),
      m_reasons(newChartView(nullptr, QStringLiteral("reasonsChart"), 380)),
      m_trend(newChartView(nullptr, QStringLiteral("trendChart"), 300)),
      m_blame(newChartView(nullptr, QStringLiteral("blameChart"), 380))
{
    setObjectName(QStringLiteral("insightView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setObjectName(QStringLiteral("insightSummary"));
    m_placedCount->setForegroundRole(QPalette::PlaceholderText);
    m_readingNote->setForegroundRole(QPalette::PlaceholderText);
    m_readingNote->setWordWrap(true);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_period);
    layout->addWidget(m_summary);
    layout->addWidget(m_placedCount);
    layout->addWidget(m_readingNote);
    auto* perReason = new QHBoxLayout;
    perReason->addWidget(m_reasons, 3);
    perReason->addWidget(m_blame, 2);
    layout->addLayout(perReason);
    layout->addWidget(m_trend);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("insightScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_period, &PeriodChooser::changed, this, &InsightView::refresh);
    retranslate();
    refresh();
    (new StaleViewRefresher(this, [this] { refresh(); }))->watchReflections(database.changes());
}

QString InsightView::summaryText() const
{
    return m_summary->text();
}

void InsightView::refresh()
{
    auto counted = FailureInsight(m_database).counts(m_period->from(), m_period->to());
    if (counted) {
        m_counts = std::move(counted).value();
        m_error.clear();
    } else {
        m_counts = FailureCounts{};
        m_error = counted.error();
    }
    buildCharts();
    retranslate();
}

void InsightView::buildCharts()
{
    // Charts are rebuilt rather than relabelled: titles, axes and legends then
    // always speak the interface language, and QChartView deletes the old chart.
    for (auto [view, chart] :
         {std::pair{m_reasons, FailureCharts::reasons(m_counts)}, std::pair{m_trend, FailureCharts::trend(m_counts)},
          std::pair{m_blame, FailureCharts::blame(m_counts)}}) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

void InsightView::retranslate()
{
    m_title->setText(tr("Learning from failure"));
    m_summary->setText(m_error.isEmpty() ? FailureInsight::summary(m_counts) : m_error);
    m_placedCount->setText(
        //: %1 is a number.
        tr("Events placed on the spectrum in this period: %1").arg(QLocale().toString(m_counts.total)));
    m_readingNote->setText(tr("The reasons run from blameworthy at the top to praiseworthy at the bottom. A reason "
                              "with no bar for blame has no answer about blame in this period."));
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("insightScroll"))) {
        scroll->setAccessibleName(tr("Insight"));
        scroll->setAccessibleDescription(tr("The charts and the summary; the arrow keys scroll."));
    }
    m_reasons->setAccessibleName(tr("Events by reason for failure"));
    m_trend->setAccessibleName(tr("Events by type, month by month"));
    m_blame->setAccessibleName(tr("Mean blame felt, by reason"));
    QStringList described;
    for (FailureReason reason : FailureSpectrum::reasons())
        described.append(
            //: %1 is a label from elsewhere in the interface, already translated; %2 is a number.
            tr("%1: %2").arg(FailureSpectrum::label(reason)).arg(QLocale().toString(m_counts.count(reason))));
    m_reasons->setAccessibleDescription(described.join(QStringLiteral("; ")));
}

void InsightView::changeEvent(QEvent* event)
{
    // A new palette (Light, Dark, the desktop's) needs charts in its colours.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        buildCharts();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace myfyrio
