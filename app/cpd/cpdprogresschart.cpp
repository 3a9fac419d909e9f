#include "app/cpd/cpdprogresschart.h"

#include "core/i18n/translations.h"

#include <QPainter>
#include <QPainterPath>

namespace myfyrio {

CpdProgressChart::CpdProgressChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cpdProgressChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CpdProgressChart::setMeasures(const QVector<CpdMeasure>& measures)
{
    m_measures = measures;
    setAccessibleDescription(lines().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QStringList CpdProgressChart::lines() const
{
    QStringList result;
    for (const CpdMeasure& measure : m_measures)
        result << CpdProgress::measureLine(measure, Translations::current());
    return result;
}

int CpdProgressChart::rowHeight() const
{
    return fontMetrics().height() * 3;
}

QSize CpdProgressChart::sizeHint() const
{
    return QSize(420, qMax(1, static_cast<int>(m_measures.size())) * rowHeight());
}

QSize CpdProgressChart::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void CpdProgressChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QStringList texts = lines();
    const int row = rowHeight();
    const int textHeight = fontMetrics().height();
    const QColor track = palette().color(QPalette::Mid).lighter(140);
    const QColor partial = palette().color(QPalette::Highlight);
    const QColor met(0x2e, 0x7d, 0x32);
    for (int i = 0; i < m_measures.size(); ++i) {
        const CpdMeasure& measure = m_measures.at(i);
        const int top = i * row;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, top, width(), textHeight), Qt::AlignLeft | Qt::AlignVCenter, texts.at(i));
        const QRectF bar(0.5, top + textHeight + 4.5, width() - 1.0, textHeight * 0.9);
        QPainterPath trackPath;
        trackPath.addRoundedRect(bar, 3, 3);
        painter.fillPath(trackPath, track);
        const double share = measure.required > 0 ? qMin(1.0, double(measure.done) / measure.required) : 1.0;
        if (share > 0) {
            QPainterPath done;
            done.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3);
            painter.fillPath(done, measure.met() ? met : partial);
        }
    }
}

} // namespace myfyrio
