#pragma once

#include <QColor>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace myfyrio {

/// A horizontal bar chart as a report draws it: one bar a row, coloured by
/// the group the row belongs to, with a legend of the groups. Labels may
/// hold a line per language.
struct BarChart {
    QStringList labels;      ///< one a row; "\n" between languages
    QVector<int> values;     ///< one a row
    QVector<int> groups;     ///< one a row: index into groupLabels
    QStringList groupLabels; ///< legend; "\n" between languages

    static QColor groupColour(int group);

    QVariantMap toVariant() const;
    static BarChart fromVariant(const QVariantMap& map);
};

} // namespace myfyrio
