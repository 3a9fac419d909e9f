#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace myfyrio {

class Database;

/// "On this day": reflections written a month ago, a year ago and each earlier year
/// ago. Reflections marked "don't resurface" never appear.
///
/// Month ends are handled so that no day is lost: on 31 March "a month ago" is the last
/// day of February; on 30 April it is 30 and 31 March. 29 February is remembered on
/// 28 February in years without one, and on 28 February of a common year the day covers
/// 29 February of earlier leap years too.
class OnThisDay
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::OnThisDay)

public:
    /// One look back: the days it covers and the reflections found on them.
    struct Period {
        int monthsAgo = 0; ///< 1 for "a month ago", else 0
        int yearsAgo = 0;  ///< 1, 2, … for "a year ago", "2 years ago", …
        QVector<QDate> days;
        QVector<ReflectionSummary> reflections;
    };

    explicit OnThisDay(const Database& database);
    explicit OnThisDay(QSqlDatabase db);

    /// The days each look back covers from today: a month ago, then every year back to earliestYear.
    static QVector<Period> periods(const QDate& today, int earliestYear);

    /// The look backs that found reflections, nearest first.
    Expected<QVector<Period>> find(const QDate& today) const;

    /// A heading for a period: "A month ago", "A year ago", "3 years ago".
    static QString heading(const Period& period);

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio
