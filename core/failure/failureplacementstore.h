#pragma once

#include "core/failure/failureplacement.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace myfyrio {

/// Keeps the failure placement of a reflection (table failure_placement, one
/// row a placed reflection). Saving runs inside the caller's transaction; it is
/// one of the parts ReflectionStore saves and loads.
class FailurePlacementStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::FailurePlacementStore)

public:
    explicit FailurePlacementStore(QSqlDatabase db);

    /// Replaces the placement of a reflection; an empty one clears it.
    Expected<void> save(const QString& reflectionId, const std::optional<FailurePlacement>& placement) const;

    /// The placement of a reflection, if it has one.
    Expected<std::optional<FailurePlacement>> load(const QString& reflectionId) const;
    /// The placements of many reflections at once, by reflection id (placed ones only).
    Expected<QHash<QString, FailurePlacement>> load(const QStringList& reflectionIds) const;

    /// A sentence saying what is wrong with a placement, or empty when it can be stored.
    static QString validate(const FailurePlacement& placement);
    /// A sentence for a blame value outside 0 to 4, or empty.
    static QString validateBlame(int blame);

private:
    static Expected<FailurePlacement> fromRow(const QSqlQuery& query, int first);

    QSqlDatabase m_db;
};

} // namespace myfyrio
