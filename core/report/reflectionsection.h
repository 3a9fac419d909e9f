#pragma once

#include "core/attachments/attachment.h"
#include "core/journal/reflection.h"
#include "core/models/reflectivemodel.h"

#include <optional>

namespace myfyrio {

class ReportHtml;

/// An attachment as a report shows it: a photo by the key of its image in
/// ReportContent::images, any other file by its name.
struct Evidence {
    Attachment attachment;
    QString imageKey; ///< empty for a file that is not shown
};

/// Writes one reflection into a report: its title, date, tags, model and
/// scale; its text and each prompt of its model with the answer; where it sits
/// on the failure spectrum; its actions; its CPD details; and its evidence
/// (photos shown, other files named).
class ReflectionSection
{
public:
    ReflectionSection(ReportHtml& html, int headingLevel);

    void write(const Reflection& reflection, const std::optional<ReflectiveModel>& model, const QString& anchor = {},
               const QVector<Evidence>& evidence = {}) const;

    /// The anchor a reflection's heading carries, for the contents page.
    static QString anchorOf(const Reflection& reflection);

private:
    void writeDetails(const Reflection& reflection, const std::optional<ReflectiveModel>& model) const;
    void writeAnswers(const Reflection& reflection, const std::optional<ReflectiveModel>& model) const;
    void writeFailure(const FailurePlacement& placement) const;
    void writeActions(const QVector<Action>& actions) const;
    void writeCpd(const CpdRecord& record) const;
    void writeEvidence(const QVector<Evidence>& evidence) const;

    ReportHtml& m_html;
    int m_level;
};

} // namespace myfyrio
