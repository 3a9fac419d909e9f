#pragma once

#include "core/cpd/regulator.h"

#include <QDate>

namespace myfyrio {

/// The current CPD cycle of a regulator: the days from and to (both counted).
///
/// With the day the writer's cycle started, cycles follow each other from
/// there (every three years for the NMC); the current one is the one that
/// holds today, or the first if it starts later. Without a start day, Social
/// Work England's registration year (1 December to 30 November) holds today,
/// and for the others the cycle is the one that ends today.
struct CpdCycle {
    QDate from;
    QDate to;
    bool startSet = false; ///< false when the writer has not said when the cycle started

    static CpdCycle current(Regulator regulator, const QDate& start, const QDate& today);
    bool contains(const QDate& day) const { return day >= from && day <= to; }
};

} // namespace myfyrio
