#pragma once

#include <QDateTime>
#include <QVector>

namespace myfyrio {

/// Which backups to keep, after Anki's: every backup of the last 2 days, then
/// one a day for 14 days, one a week for 8 weeks, one a month for 12 months,
/// and one for every year before that. Of each day, week, month or year the
/// newest backup is the one kept. The newest backup of all is always kept.
class BackupSchedule
{
public:
    static constexpr int recentDays = 2;
    static constexpr int dailyDays = 14;
    static constexpr int weeklyWeeks = 8;
    static constexpr int monthlyMonths = 12;

    /// For backups made at these times (UTC, in any order), the indexes of
    /// those the schedule no longer keeps at now.
    static QVector<int> toRemove(const QVector<QDateTime>& created, const QDateTime& now);

    /// Removes from the backups folder of the journal the backups the schedule
    /// no longer keeps. Only files named as this journal's backups and holding
    /// a Myfyrio journal are ever removed; returns how many were.
    static int thin(const QString& journalPath, const QDateTime& now);
};

} // namespace myfyrio
