#pragma once

#include "core/supervision/agreementcontent.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// One section of an agreement as plain text in the interface language: the
/// structured fields as labelled lines ("Review date: 1 March 2025"), then the
/// section's own text. Used for comparing versions and for reading aloud in
/// the review-together mode.
class SectionText
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SectionText)

public:
    static QString of(const AgreementContent& content, const QString& sectionCode);
    /// Just the structured lines of a section (empty for text-only sections).
    static QString fields(const AgreementContent& content, const QString& sectionCode);
};

} // namespace myfyrio
