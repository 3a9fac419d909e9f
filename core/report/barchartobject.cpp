#include "core/report/barchartobject.h"

#include "core/report/barchart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace myfyrio {

namespace {

struct Geometry {
    QFont font;
    double line = 0; ///< one line of text
    double rowHeight = 0;
    double labelWidth = 0;
    double legendHeight = 0;
    double gap = 0;
};

Geometry geometryFor(QTextDocument* doc, const BarChart& chart)
{
    Geometry g;
    g.font = doc->defaultFont();
    g.font.setPointSizeF(8.5);
    const QFontMetricsF metrics(g.font, doc->documentLayout()->paintDevice());
    g.line = metrics.height();
    int lines = 1;
    for (const QString& label : chart.labels)
        lines = std::max(lines, static_cast<int>(label.count(QLatin1Char('\n'))) + 1);
    g.gap = g.line * 0.35;
    g.rowHeight = lines * g.line + g.gap;
    g.labelWidth = doc->pageSize().width() * 0.36;
    int legendLines = 1;
    for (const QString& label : chart.groupLabels)
        legendLines = std::max(legendLines, static_cast<int>(label.count(QLatin1Char('\n'))) + 1);
    g.legendHeight = legendLines * g.line + 2 * g.gap;
    return g;
}

BarChart chartOf(const QTextFormat& format)
{
    return BarChart::fromVariant(format.property(BarChartObject::dataProperty).toMap());
}

} // namespace

QSizeF BarChartObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const BarChart chart = chartOf(format);
    const Geometry g = geometryFor(doc, chart);
    return QSizeF(doc->pageSize().width() * 0.98, chart.labels.size() * g.rowHeight + g.legendHeight);
}

void BarChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                                const QTextFormat& format)
{
    const BarChart chart = chartOf(format);
    const Geometry g = geometryFor(doc, chart);
    painter->save();
    painter->setFont(g.font);
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(g.font, painter->device());
    const int largest = std::max(1, *std::max_element(chart.values.cbegin(), chart.values.cend()));
    const double countWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
    const double barLeft = rect.left() + g.labelWidth + g.gap;
    const double barSpace = rect.right() - barLeft - countWidth;

    // Axis line and bars.
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), std::max(1.0, g.line * 0.04)));
    painter->drawLine(QPointF(barLeft, rect.top()), QPointF(barLeft, rect.top() + chart.labels.size() * g.rowHeight));
    for (int i = 0; i < chart.labels.size(); ++i) {
        const double top = rect.top() + i * g.rowHeight;
        painter->setPen(Qt::black);
        painter->drawText(QRectF(rect.left(), top, g.labelWidth, g.rowHeight - g.gap),
                          Qt::AlignRight | Qt::AlignVCenter, chart.labels.at(i));
        const int value = chart.values.value(i);
        const double width = barSpace * value / largest;
        const QRectF bar(barLeft, top + g.gap / 2, width, g.rowHeight - 1.5 * g.gap);
        if (value > 0)
            painter->fillRect(bar, BarChart::groupBrush(chart.groups.value(i)));
        painter->drawText(QRectF(barLeft + width + g.gap / 2, top, countWidth, g.rowHeight - g.gap),
                          Qt::AlignLeft | Qt::AlignVCenter, QString::number(value));
    }

    // Legend: a swatch and the group's name.
    double x = barLeft;
    const double legendTop = rect.top() + chart.labels.size() * g.rowHeight + g.gap;
    for (int i = 0; i < chart.groupLabels.size(); ++i) {
        const QString& label = chart.groupLabels.at(i);
        painter->fillRect(QRectF(x, legendTop + g.line * 0.2, g.line * 0.7, g.line * 0.7), BarChart::groupBrush(i));
        x += g.line;
        double width = 0;
        for (const QString& part : label.split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(part));
        painter->setPen(Qt::black);
        painter->drawText(QRectF(x, legendTop, width + 1, g.legendHeight), Qt::AlignLeft | Qt::AlignTop, label);
        x += width + 2 * g.line;
    }
    painter->restore();
}

} // namespace myfyrio
