#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace myfyrio {

class Database;
class JournalChanges;

/// Reads and writes reflections and their tags. Every write is one transaction.
class ReflectionStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReflectionStore)

public:
    explicit ReflectionStore(const Database& database);

    /// Stores a new reflection. An empty id gets a new UUID; missing times are
    /// set to now; a reflection keeps the id it brings (undo, import).
    Expected<Reflection> add(Reflection reflection) const;

    /// Saves the changes to a stored reflection and sets its updated time.
    Expected<Reflection> update(Reflection reflection) const;

    Expected<void> remove(const QString& id) const;

    Expected<std::optional<Reflection>> find(const QString& id) const;

    /// Newest first (by the date it is about, then by when it was written).
    /// A filter with text returns snippets with the matches marked.
    Expected<QVector<ReflectionSummary>> list(const ReflectionFilter& filter = {}, int limit = -1,
                                              int offset = 0) const;

    /// The list row of one reflection (without a snippet); empty when it is gone.
    Expected<std::optional<ReflectionSummary>> summary(const QString& id) const;

    /// Full reflections, newest first, for exports and the command line.
    Expected<QVector<Reflection>> listFull(const ReflectionFilter& filter = {}) const;

    Expected<int> count(const ReflectionFilter& filter = {}) const;

    /// Months that hold matching reflections, newest first, with their counts.
    Expected<QVector<MonthCount>> months(const ReflectionFilter& filter = {}) const;

    /// A sentence explaining what is wrong with a reflection, or empty when it can be stored.
    static QString validate(const Reflection& reflection);

private:
    Expected<void> saveParts(const Reflection& reflection) const;
    Expected<void> loadParts(Reflection& reflection) const;

    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr; ///< null for a part saved inside another store's transaction
};

} // namespace myfyrio
