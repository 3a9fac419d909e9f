#pragma once

#include "core/failure/failurecounts.h"
#include "core/journal/reflection.h"
#include "core/report/barchart.h"

namespace myfyrio {

class ReportHtml;
class ReportLanguage;

/// The failure spectrum of a set of reflections: counts by reason and type,
/// the bar chart (reasons from blameworthy to praiseworthy, coloured by type),
/// and the plain-language summary.
class SpectrumSection
{
public:
    /// Counts only the reflections given (the report's privacy rule already applied).
    static FailureCounts countsOf(const QVector<Reflection>& reflections);

    static BarChart chart(const FailureCounts& counts, const ReportLanguage& language);

    /// The chart (through its placeholder key), the summary sentence and the table of types.
    static void write(ReportHtml& html, const FailureCounts& counts, const QString& chartKey);
};

} // namespace myfyrio
