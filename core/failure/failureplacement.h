#pragma once

#include "core/failure/failurespectrum.h"

#include <QString>

#include <optional>

namespace myfyrio {

/// Where the writer placed an event on the failure spectrum, and what they
/// noticed while doing it. Optional on a reflection.
struct FailurePlacement {
    FailureReason reason = FailureReason::Deviance;
    /// The type the writer chose; empty means "the type the reason suggests".
    std::optional<FailureType> chosenType;
    std::optional<FailureSetting> setting;
    /// How much blame the writer felt before placing it: 0 (none) to 4 (a great deal).
    std::optional<int> blameFelt;
    /// The answer to "What in the system made this likely?".
    QString systemFactors;

    static constexpr int minimumBlame = 0;
    static constexpr int maximumBlame = 4;

    /// The chosen type, or the suggested one.
    FailureType type() const { return chosenType.value_or(FailureSpectrum::suggestedType(reason)); }
    /// True when the writer chose a type other than the suggested one.
    bool typeOverridden() const { return chosenType && *chosenType != FailureSpectrum::suggestedType(reason); }

    bool operator==(const FailurePlacement& other) const
    {
        return reason == other.reason && type() == other.type() && setting == other.setting
               && blameFelt == other.blameFelt && systemFactors == other.systemFactors;
    }
    bool operator!=(const FailurePlacement& other) const { return !(*this == other); }
};

} // namespace myfyrio
