#include "core/report/barchart.h"

#include "core/palette/failurepalette.h"

#include <QVariantList>

namespace myfyrio {

QBrush BarChart::groupBrush(int group)
{
    return FailurePalette::fill(static_cast<FailureType>(qBound(0, group, 2)));
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
