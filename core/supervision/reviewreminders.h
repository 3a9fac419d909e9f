#pragma once

#include "core/supervision/agreement.h"

#include <QCoreApplication>
#include <QVector>

namespace myfyrio {

/// An agreement whose review is due soon or overdue.
struct ReviewReminder {
    QString agreementId;
    QString supervisorName;
    QString superviseeName;
    QDate reviewDate;
    int daysLeft = 0; ///< negative when overdue

    bool overdue() const { return daysLeft < 0; }
};

/// Which agreements need reviewing: those not ended whose current review date
/// is within windowDays of today, or already past.
class ReviewReminders
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReviewReminders)

public:
    static constexpr int windowDays = 14;

    /// Soonest first.
    static QVector<ReviewReminder> due(const QVector<Agreement>& agreements, const QDate& today);
    /// "The agreement between … is due for review on …" / "… was due for review on …".
    static QString describe(const ReviewReminder& reminder);
    /// One line for a status bar: how many agreements need reviewing.
    static QString summary(const QVector<ReviewReminder>& reminders);
};

} // namespace myfyrio
