#pragma once

#include "core/failure/failurecounts.h"
#include "core/learning/learningcard.h"

#include <QMap>
#include <QString>
#include <QVector>

#include <array>

namespace myfyrio {

/// One enabling question and how many cards ask it (in its most common wording).
struct QuestionCount {
    QString text;
    int count = 0;
};

/// The three parts of Edmondson's spectrum a team's pattern is read in: from
/// the blameworthy end (deviance, inattention, lack of ability), through the
/// failures the system makes likely (process inadequacy to uncertainty), to the
/// praiseworthy end (hypothesis and exploratory testing), shown apart so that
/// a team's pattern rewards experiment rather than hiding it.
enum class SpectrumRegion { Blameworthy, System, Praiseworthy };

/// The pattern of a set of learning cards.
struct TeamPattern {
    int cards = 0;
    int unplaced = 0;       ///< cards with no failure placement
    FailureCounts failures; ///< by reason, by type and month by month (placed cards only)
    std::array<int, 3> byRegion{};
    QMap<QString, int> byScale; ///< every scale code and "none"
    int authors = 0;            ///< different author labels given (cards without one not counted)
    QDate firstMonth;           ///< of any card; invalid when there are none
    QDate lastMonth;
    /// Most frequent first, over every card.
    QVector<QuestionCount> enabling;
    /// The same, for the cards of each scale code (and "none").
    QMap<QString, QVector<QuestionCount>> enablingByScale;

    int count(SpectrumRegion region) const { return byRegion[static_cast<std::size_t>(region)]; }
};

} // namespace myfyrio
