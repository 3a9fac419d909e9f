#pragma once

#include <QBrush>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace myfyrio {

/// A horizontal bar chart as a report draws it: one bar a row, filled by the
/// group (the failure type) the row belongs to, with a legend of the groups.
/// Labels may hold a line per language.
struct BarChart {
    QStringList labels;      ///< one a row; "\n" between languages
    QVector<int> values;     ///< one a row
    QVector<int> groups;     ///< one a row: index into groupLabels, a FailureType
    QStringList groupLabels; ///< legend; "\n" between languages

    /// The fill of a group: the failure type's, as on screen (core/palette).
    static QBrush groupBrush(int group);

    QVariantMap toVariant() const;
    static BarChart fromVariant(const QVariantMap& map);
};

} // namespace myfyrio
