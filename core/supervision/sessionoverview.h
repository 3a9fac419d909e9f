#pragma once

#include "core/supervision/session.h"

#include <QDate>
#include <QMap>
#include <QVector>

namespace myfyrio {

/// How supervision under one agreement has gone over a period: sessions held
/// against the number the agreed frequency expects, cancellations, and which
/// of the four functions the held sessions covered, month by month.
struct SessionOverview {
    struct Month {
        QDate month; ///< first day of the month
        int held = 0;
        int cancelled = 0;
        QMap<QString, int> coverage; ///< function code -> held sessions that covered it
    };

    QDate from;
    QDate to;
    int expected = 0; ///< whole periods of the agreed frequency between from and to
    int held = 0;
    int cancelled = 0;
    int rebooked = 0; ///< cancelled sessions that were rebooked
    QMap<QString, int> coverage;
    QVector<Month> months;

    /// from and to are inclusive; frequencyWeeks 0 means no frequency was agreed (expected stays 0).
    static SessionOverview compute(const QVector<Session>& sessions, int frequencyWeeks, const QDate& from,
                                   const QDate& to);
};

} // namespace myfyrio
