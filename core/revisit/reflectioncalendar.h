#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QMap>
#include <QSqlDatabase>

namespace myfyrio {

class Database;

/// The journal by day, for a calendar: which days of a month hold reflections.
class ReflectionCalendar
{
public:
    explicit ReflectionCalendar(const Database& database);
    explicit ReflectionCalendar(QSqlDatabase db);

    /// Days of the month that hold reflections, with how many each.
    Expected<QMap<QDate, int>> daysWithReflections(int year, int month) const;

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio
