#pragma once

#include "core/learning/cardcollection.h"
#include "core/learning/teampattern.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// The Team learning view's summary as rich text for a text browser, in the
/// interface language: how many cards and what was left out and why, the
/// praiseworthy / system / blameworthy split, the counts by reason, by type,
/// by month and by system scale, and the most frequent enabling questions.
/// Everything the cards' writers typed is escaped.
class TeamSummaryHtml
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::TeamSummaryHtml)

public:
    /// Enabling questions listed.
    static constexpr int mostQuestions = 10;

    /// `filtered`: the pattern counts only the cards the view's filters keep (which it then says).
    static QString build(const CardCollection& collection, const TeamPattern& pattern, bool filtered = false);
    /// "Person", … or "No scale given" for CardFilter::noScale().
    static QString scaleLabel(const QString& key);
};

} // namespace myfyrio
