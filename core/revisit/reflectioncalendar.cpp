#include "core/revisit/reflectioncalendar.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

ReflectionCalendar::ReflectionCalendar(const Database& database) : m_db(database.connection()) {}

ReflectionCalendar::ReflectionCalendar(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<QMap<QDate, int>> ReflectionCalendar::daysWithReflections(int year, int month) const
{
    QMap<QDate, int> days;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return days;
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT entry_date, count(*) FROM reflection"
                                         " WHERE entry_date BETWEEN :first AND :last GROUP BY entry_date"),
                          {{QStringLiteral("first"), timestamps::toStorage(first)},
                           {QStringLiteral("last"), timestamps::toStorage(first.addDays(first.daysInMonth() - 1))}});
    if (!query)
        return query.failure();
    while (query->next())
        days.insert(timestamps::dateFromStorage(query->value(0).toString()), query->value(1).toInt());
    return days;
}

} // namespace myfyrio
