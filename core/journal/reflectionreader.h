#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <optional>

namespace myfyrio {

/// Reads reflections with their parts, whole or as list rows, one or many.
/// It never writes: ReflectionStore owns the rows and answers its reads with
/// this; a reader on another thread's connection uses it directly.
class ReflectionReader
{
public:
    explicit ReflectionReader(QSqlDatabase db);

    Expected<std::optional<Reflection>> find(const QString& id) const;

    /// Newest first (by the date it is about, then by when it was written).
    /// A filter with text returns snippets with the matches marked.
    Expected<QVector<ReflectionSummary>> list(const ReflectionFilter& filter = {}, int limit = -1,
                                              int offset = 0) const;

    /// The list row of one reflection (without a snippet); empty when it is gone.
    Expected<std::optional<ReflectionSummary>> summary(const QString& id) const;

    /// Full reflections, newest first, with one query for the rows and one for
    /// each kind of part however many there are (exports, the command line).
    Expected<QVector<Reflection>> listFull(const ReflectionFilter& filter = {}) const;

    Expected<int> count(const ReflectionFilter& filter = {}) const;

    /// Months that hold matching reflections, newest first, with their counts.
    Expected<QVector<MonthCount>> months(const ReflectionFilter& filter = {}) const;

private:
    static Reflection fromRow(const QSqlQuery& query);
    Expected<void> loadParts(Reflection& reflection) const;

    QSqlDatabase m_db;
};

} // namespace myfyrio
