#pragma once

#include "core/failure/failurespectrum.h"

#include <QDate>
#include <QVector>

#include <array>
#include <optional>

namespace myfyrio {

/// Placed events of one month, by type.
struct FailureMonth {
    QDate month; ///< the month's first day
    std::array<int, 3> byType{};

    int count(FailureType type) const { return byType[static_cast<std::size_t>(type)]; }
};

/// Where the events placed in a period fall on the spectrum.
struct FailureCounts {
    QDate from; ///< inclusive; invalid for "from the first entry"
    QDate to;   ///< inclusive; invalid for "to the last entry"
    int total = 0;
    std::array<int, 9> byReason{};
    std::array<int, 3> byType{};
    /// Mean blame felt (0–4) per reason; empty where no event of that reason recorded any.
    std::array<std::optional<double>, 9> meanBlameFelt{};
    /// Every month of the period, oldest first, including months with none.
    QVector<FailureMonth> months;

    int count(FailureReason reason) const { return byReason[static_cast<std::size_t>(reason)]; }
    int count(FailureType type) const { return byType[static_cast<std::size_t>(type)]; }
    std::optional<double> meanBlame(FailureReason reason) const
    {
        return meanBlameFelt[static_cast<std::size_t>(reason)];
    }
};

} // namespace myfyrio
