#include "core/revisit/onthisday.h"

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

namespace {

/// The days in (year, month) that correspond to today's day of the month.
QVector<QDate> matchingDays(const QDate& today, int year, int month)
{
    const QDate first(year, month, 1);
    const int last = first.daysInMonth();
    if (today.day() > last)
        return {QDate(year, month, last)};
    QVector<QDate> days{QDate(year, month, today.day())};
    // On the last day of a short month, the longer month's remaining days belong to it too.
    if (today.day() == today.daysInMonth()) {
        for (int day = today.day() + 1; day <= last; ++day)
            days.append(QDate(year, month, day));
    }
    return days;
}

} // namespace

OnThisDay::OnThisDay(const Database& database) : m_db(database.connection()) {}

OnThisDay::OnThisDay(QSqlDatabase db) : m_db(std::move(db)) {}

QVector<OnThisDay::Period> OnThisDay::periods(const QDate& today, int earliestYear)
{
    QVector<Period> result;
    if (!today.isValid())
        return result;
    const QDate monthBefore = QDate(today.year(), today.month(), 1).addMonths(-1);
    Period month;
    month.monthsAgo = 1;
    month.days = matchingDays(today, monthBefore.year(), monthBefore.month());
    result.append(month);
    for (int years = 1; today.year() - years >= earliestYear && today.year() - years >= 1; ++years) {
        Period period;
        period.yearsAgo = years;
        period.days = matchingDays(today, today.year() - years, today.month());
        result.append(period);
    }
    return result;
}

Expected<QVector<OnThisDay::Period>> OnThisDay::find(const QDate& today) const
{
    auto earliest =
        sql::scalar(m_db, QStringLiteral("SELECT min(entry_date) FROM reflection WHERE dont_resurface = 0"));
    if (!earliest)
        return earliest.failure();
    QVector<Period> found;
    if (earliest->isNull())
        return found;
    const QDate first = timestamps::dateFromStorage(earliest->toString());
    for (Period period : periods(today, first.year())) {
        for (const QDate& day : period.days) {
            auto query = sql::run(m_db,
                                  QStringLiteral("SELECT id, title, entry_date, created_at, lang, bring_to_supervision"
                                                 " FROM reflection WHERE entry_date = :day AND dont_resurface = 0"
                                                 " ORDER BY created_at, seq"),
                                  {{QStringLiteral("day"), timestamps::toStorage(day)}});
            if (!query)
                return query.failure();
            while (query->next()) {
                ReflectionSummary summary;
                summary.id = query->value(0).toString();
                summary.title = query->value(1).toString();
                summary.date = timestamps::dateFromStorage(query->value(2).toString());
                summary.created = timestamps::timeFromStorage(query->value(3).toString());
                summary.language = query->value(4).toString();
                summary.bringToSupervision = query->value(5).toInt() != 0;
                period.reflections.append(std::move(summary));
            }
        }
        if (!period.reflections.isEmpty())
            found.append(std::move(period));
    }
    return found;
}

QString OnThisDay::heading(const Period& period)
{
    if (period.monthsAgo > 0)
        return tr("A month ago");
    if (period.yearsAgo == 1)
        return tr("A year ago");
    // Not "%n years ago": Welsh would need a plural noun after the number ("2 o flynyddoedd").
    if (!period.days.isEmpty())
        //: A heading in On this day. %1 is a year in four digits (2023).
        return tr("On this day in %1").arg(period.days.constFirst().year());
    //: A heading in On this day. %1 is a number of years, two or more.
    return tr("Years ago: %1").arg(period.yearsAgo);
}

} // namespace myfyrio
