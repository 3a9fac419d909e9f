#pragma once

#include "core/failure/failurespectrum.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace myfyrio {

/// Where a card's event sits on the failure spectrum: the reason, the type and
/// the setting only (never how much blame was felt, nor the writer's notes).
struct CardFailure {
    FailureReason reason = FailureReason::Deviance;
    FailureType type = FailureType::Basic;
    std::optional<FailureSetting> setting;

    bool operator==(const CardFailure& other) const
    {
        return reason == other.reason && type == other.type && setting == other.setting;
    }
    bool operator!=(const CardFailure& other) const { return !(*this == other); }
};

/// The smallest shareable unit of learning: what one person learned, in words
/// they wrote for the card, with nothing that identifies anyone. It is made
/// from a reflection by its writer and holds only what they chose to share;
/// it never holds the reflection's body or its day (only the month).
struct LearningCard {
    QString id;       ///< a random UUID, the card's identity in every folder
    QString title;    ///< a short title
    QString lesson;   ///< what was learned, in the writer's words for the card
    QString enabling; ///< what the team, organisation, place or country would need to do
    QString scale;    ///< system scale code (core/journal/systemscale.h), empty for none
    QStringList tags; ///< the tags chosen for the card
    QDate month;      ///< the first day of the month the reflection is about
    QString language; ///< "cy" or "en": the language the card is written in
    QString author;   ///< what the writer typed as an author label: initials, a team, or nothing
    std::optional<CardFailure> failure;

    bool operator==(const LearningCard& other) const
    {
        return id == other.id && title == other.title && lesson == other.lesson && enabling == other.enabling
               && scale == other.scale && tags == other.tags && month == other.month && language == other.language
               && author == other.author && failure == other.failure;
    }
    bool operator!=(const LearningCard& other) const { return !(*this == other); }
};

} // namespace myfyrio
