#include "core/supervision/reviewreminders.h"

#include "core/i18n/phrasing.h"

#include <QLocale>

#include <algorithm>

namespace myfyrio {

QVector<ReviewReminder> ReviewReminders::due(const QVector<Agreement>& agreements, const QDate& today)
{
    QVector<ReviewReminder> reminders;
    for (const Agreement& a : agreements) {
        const AgreementVersion* current = a.current();
        if (a.status() == Agreement::Status::Ended || !current || !current->content.reviewDate.isValid())
            continue;
        const int daysLeft = static_cast<int>(today.daysTo(current->content.reviewDate));
        if (daysLeft > windowDays)
            continue;
        reminders.append(ReviewReminder{a.id, current->content.supervisorName, current->content.superviseeName,
                                        current->content.reviewDate, daysLeft});
    }
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const ReviewReminder& x, const ReviewReminder& y) { return x.reviewDate < y.reviewDate; });
    return reminders;
}

QString ReviewReminders::describe(const ReviewReminder& r)
{
    const QString date = QLocale().toString(r.reviewDate, QLocale::LongFormat);
    // The date follows a colon: in Welsh it would mutate after "ar" ("ar ddydd Llun"); the names
    // follow the words for their roles, never "a" (see Phrasing::twoNames).
    if (r.overdue())
        //: %1 is the supervisor's name, %2 the supervisee's, %3 a long date. Welsh: "… rhwng y
        //: goruchwyliwr %1 a'r goruchwylai %2 …", so that no name follows "a".
        return tr("The agreement between %1 and %2 was due for review. Review date: %3.")
            .arg(r.supervisorName, r.superviseeName, date);
    //: %1 is the supervisor's name, %2 the supervisee's, %3 a long date. Welsh: "… rhwng y
    //: goruchwyliwr %1 a'r goruchwylai %2 …", so that no name follows "a".
    return tr("The agreement between %1 and %2 is due for review. Review date: %3.")
        .arg(r.supervisorName, r.superviseeName, date);
}

QString ReviewReminders::summary(const QVector<ReviewReminder>& reminders)
{
    if (reminders.isEmpty())
        return {};
    if (reminders.size() == 1)
        return describe(reminders.constFirst());
    //: %1 is a number.
    return tr("Supervision agreements due for review or overdue: %1").arg(reminders.size());
}

} // namespace myfyrio
