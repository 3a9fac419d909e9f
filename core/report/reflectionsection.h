#pragma once

#include "core/journal/reflection.h"
#include "core/models/reflectivemodel.h"

#include <optional>

namespace myfyrio {

class ReportHtml;

/// Writes one reflection into a report: its title, date, tags, model and
/// scale; its text and each prompt of its model with the answer; where it sits
/// on the failure spectrum; and its actions.
class ReflectionSection
{
public:
    ReflectionSection(ReportHtml& html, int headingLevel);

    void write(const Reflection& reflection, const std::optional<ReflectiveModel>& model,
               const QString& anchor = {}) const;

    /// The anchor a reflection's heading carries, for the contents page.
    static QString anchorOf(const Reflection& reflection);

private:
    void writeDetails(const Reflection& reflection, const std::optional<ReflectiveModel>& model) const;
    void writeAnswers(const Reflection& reflection, const std::optional<ReflectiveModel>& model) const;
    void writeFailure(const FailurePlacement& placement) const;
    void writeActions(const QVector<Action>& actions) const;

    ReportHtml& m_html;
    int m_level;
};

} // namespace myfyrio
