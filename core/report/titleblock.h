#pragma once

#include "core/report/reportlanguage.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace myfyrio {

class ReportHtml;

/// The top of a report: its title in each language, the journal owner's name,
/// the period it covers, the day it was made, and, for a copy that includes
/// private reflections, a warning that it is not for sharing.
struct TitleBlock {
    const char* title = nullptr; ///< a fixed label (QT_TRANSLATE_NOOP("myfyrio::Report", …))
    QString owner;
    QDate from; ///< the period; invalid to leave out
    QDate to;
    bool privateCopy = false;

    void write(ReportHtml& html) const;

    /// "Reflection · Name" for the page footer, in the first language.
    QString footer(const ReportLanguage& language) const;
};

} // namespace myfyrio
