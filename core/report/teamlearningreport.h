#pragma once

#include "core/learning/cardcollection.h"
#include "core/learning/cardfilter.h"
#include "core/report/reportcontent.h"

#include <QCoreApplication>

namespace myfyrio {

/// The "Team learning summary": a PDF to take to a team meeting, made from
/// the learning cards of one or more card folders (never from a journal). It
/// shows the cards' pattern on the failure spectrum (with the chart the other
/// reports use), praiseworthy failures apart from blameworthy ones, the trend
/// by type month by month, the system scales, the most frequent enabling
/// questions by scale, and the cards themselves, in Welsh, English or both.
/// Everything in it is what the cards' writers chose to share.
class TeamLearningReport
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::TeamLearningReport)

public:
    struct Options {
        QString language = QStringLiteral("en"); ///< "en", "cy" or "both"
        QPageSize::PageSizeId paper = QPageSize::A4;
        CardFilter filter;
        QString teamName; ///< printed under the title when given
    };

    /// The latest cards printed in full; the pattern counts every card.
    static constexpr int mostCardsPrinted = 200;
    /// Enabling questions listed for each scale.
    static constexpr int questionsPerScale = 5;

    static ReportContent build(const CardCollection& collection, const Options& options);
};

} // namespace myfyrio
