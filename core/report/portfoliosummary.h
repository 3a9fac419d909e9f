#pragma once

#include "core/journal/reflection.h"
#include "core/models/reflectivemodel.h"

#include <optional>

namespace myfyrio {

class ReportHtml;

/// The first page of a portfolio: what the selection holds at a glance —
/// how many reflections, which models and tags, the actions, the CPD hours —
/// and where its placed events fall on the failure spectrum (the chart).
class PortfolioSummary
{
public:
    /// The chart goes where the key's placeholder is; without placed events there is none.
    static void write(ReportHtml& html, const QVector<Reflection>& entries,
                      const QVector<std::optional<ReflectiveModel>>& models, const QString& chartKey);
};

} // namespace myfyrio
