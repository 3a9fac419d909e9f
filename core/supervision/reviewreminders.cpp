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
    // The date follows a colon: in Welsh it would mutate after "ar" ("ar ddydd Llun").
    const QString parties = Phrasing::twoNames(r.supervisorName, r.superviseeName);
    if (r.overdue())
        //: %1 is the two people who made the agreement ("Siân Llewelyn and Elin Owen"); %2 is a long date.
        return tr("The agreement between %1 was due for review. Review date: %2.").arg(parties, date);
    //: %1 is the two people who made the agreement ("Siân Llewelyn and Elin Owen"); %2 is a long date.
    return tr("The agreement between %1 is due for review. Review date: %2.").arg(parties, date);
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
