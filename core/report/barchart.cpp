#include "core/report/barchart.h"

#include <QVariantList>

namespace myfyrio {

QColor BarChart::groupColour(int group)
{
    // Basic, complex, intelligent: distinct in colour and in lightness, so a
    // grey-scale print still tells them apart.
    static const QColor colours[] = {QColor(0xb2, 0x3a, 0x48), QColor(0xe0, 0x9f, 0x3e), QColor(0x2e, 0x86, 0x7b),
                                     QColor(0x4c, 0x5c, 0x96)};
    return colours[qBound(0, group, 3)];
}

QVariantMap BarChart::toVariant() const
{
    QVariantList valueList;
    for (int v : values)
        valueList << v;
    QVariantList groupList;
    for (int g : groups)
        groupList << g;
    return {{QStringLiteral("labels"), labels},
            {QStringLiteral("values"), valueList},
            {QStringLiteral("groups"), groupList},
            {QStringLiteral("groupLabels"), groupLabels}};
}

BarChart BarChart::fromVariant(const QVariantMap& map)
{
    BarChart chart;
    chart.labels = map.value(QStringLiteral("labels")).toStringList();
    for (const QVariant& v : map.value(QStringLiteral("values")).toList())
        chart.values << v.toInt();
    for (const QVariant& g : map.value(QStringLiteral("groups")).toList())
        chart.groups << g.toInt();
    chart.groupLabels = map.value(QStringLiteral("groupLabels")).toStringList();
    return chart;
}

} // namespace myfyrio
