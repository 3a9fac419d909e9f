#pragma once

#include "core/failure/failurecounts.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace myfyrio {

/// Builds the insight charts of placed events, with every label in the
/// interface language at the time of building (rebuild after a language change).
/// Bars are coloured and patterned by type (FailurePalette).
class FailureCharts
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::FailureCharts)

public:
    /// Events per reason, in spectrum order from blameworthy to praiseworthy.
    static QChart* reasons(const FailureCounts& counts);
    /// Events per month, stacked by type.
    static QChart* trend(const FailureCounts& counts);
    /// Mean blame felt (0–4) per reason; no bar where none was recorded.
    static QChart* blame(const FailureCounts& counts);

    /// The reason labels as the charts write them, blameworthy first.
    static QStringList reasonCategories();
};

} // namespace myfyrio
