#pragma once

#include "core/learning/cardcollection.h"
#include "core/learning/cardfilter.h"
#include "core/learning/teampattern.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace myfyrio {

/// Sums up the cards a team shared: where their events fall on the spectrum,
/// by region, by type month by month, by system scale, and which enabling
/// questions they ask most (the same question in other capitals, accents or
/// punctuation counts as one).
class TeamSummary
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::TeamSummary)

public:
    /// The cards the filter keeps, summed up. Ties between questions are put
    /// in the order of the locale's language (Welsh letters sort as Welsh).
    static TeamPattern summarise(const QVector<LearningCard>& cards, const CardFilter& filter = {},
                                 const QLocale& locale = QLocale());

    /// Where a reason lies on the spectrum.
    static SpectrumRegion region(FailureReason reason);
    static const QVector<SpectrumRegion>& regions();
    static QString code(SpectrumRegion region);
    /// "Towards the blameworthy end", … in the interface language, or in a given one.
    static QString label(SpectrumRegion region);
    static QString label(SpectrumRegion region, const QString& language);

    /// Scale codes in order, smallest first, then "none".
    static QStringList scaleKeys();

    /// The trend covers at most this many months, the latest ones.
    static constexpr int mostMonths = 120;

    /// The pattern as JSON for `myfyrio cards summary --json` (codes, never labels).
    static QJsonObject toJson(const CardCollection& collection, const TeamPattern& pattern);
};

} // namespace myfyrio
