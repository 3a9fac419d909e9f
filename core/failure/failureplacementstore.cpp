#include "core/failure/failureplacementstore.h"

#include "core/storage/idbatches.h"
#include "core/storage/sql.h"

namespace myfyrio {

FailurePlacementStore::FailurePlacementStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString FailurePlacementStore::validateBlame(int blame)
{
    if (blame < FailurePlacement::minimumBlame || blame > FailurePlacement::maximumBlame)
        //: %1 is the number that was given.
        return tr("How much blame you felt must be a number from 0 (none) to 4 (a great deal), not %1.").arg(blame);
    return {};
}

QString FailurePlacementStore::validate(const FailurePlacement& placement)
{
    if (FailureSpectrum::position(placement.reason) < 1
        || FailureSpectrum::position(placement.reason) > FailureSpectrum::reasons().size())
        return tr("The reason for the failure is not one of the nine on the spectrum.");
    if (placement.blameFelt)
        return validateBlame(*placement.blameFelt);
    return {};
}

Expected<void> FailurePlacementStore::save(const QString& reflectionId,
                                           const std::optional<FailurePlacement>& placement) const
{
    if (placement) {
        if (const QString problem = validate(*placement); !problem.isEmpty())
            return Failure{problem};
    }
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM failure_placement WHERE reflection_id = :id"),
                             {{QStringLiteral("id"), reflectionId}});
    if (!removed)
        return removed.failure();
    if (!placement)
        return {};
    const FailurePlacement& p = *placement;
    auto inserted =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO failure_placement (reflection_id, reason, type, type_overridden, setting,"
                                 " blame_felt, system_factors) VALUES (:id, :reason, :type, :overridden, :setting,"
                                 " :blame, :factors)"),
                  {{QStringLiteral("id"), reflectionId},
                   {QStringLiteral("reason"), FailureSpectrum::code(p.reason)},
                   {QStringLiteral("type"), FailureSpectrum::code(p.type())},
                   {QStringLiteral("overridden"), p.typeOverridden() ? 1 : 0},
                   {QStringLiteral("setting"), p.setting ? QVariant(FailureSpectrum::code(*p.setting)) : QVariant()},
                   {QStringLiteral("blame"), p.blameFelt ? QVariant(*p.blameFelt) : QVariant()},
                   {QStringLiteral("factors"), p.systemFactors}});
    if (!inserted)
        return inserted.failure();
    return {};
}

Expected<FailurePlacement> FailurePlacementStore::fromRow(const QSqlQuery& query, int first)
{
    const auto reason = FailureSpectrum::reasonFromCode(query.value(first).toString());
    if (!reason)
        //: %1 is the code of a failure reason as stored.
        return Failure{tr("The journal holds a failure reason this version of Myfyrio does not know: “%1”.")
                           .arg(query.value(first).toString())};
    FailurePlacement placement;
    placement.reason = *reason;
    if (query.value(first + 2).toInt() != 0)
        placement.chosenType = FailureSpectrum::typeFromCode(query.value(first + 1).toString());
    if (!query.value(first + 3).isNull())
        placement.setting = FailureSpectrum::settingFromCode(query.value(first + 3).toString());
    if (!query.value(first + 4).isNull())
        placement.blameFelt = query.value(first + 4).toInt();
    placement.systemFactors = query.value(first + 5).toString();
    return placement;
}

Expected<std::optional<FailurePlacement>> FailurePlacementStore::load(const QString& reflectionId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT reason, type, type_overridden, setting, blame_felt, system_factors"
                                         " FROM failure_placement WHERE reflection_id = :id"),
                          {{QStringLiteral("id"), reflectionId}});
    if (!query)
        return query.failure();
    if (!query->next())
        return std::optional<FailurePlacement>();
    auto placement = fromRow(*query, 0);
    if (!placement)
        return placement.failure();
    return std::optional<FailurePlacement>(std::move(placement).value());
}

Expected<QHash<QString, FailurePlacement>> FailurePlacementStore::load(const QStringList& reflectionIds) const
{
    QHash<QString, FailurePlacement> placements;
    QString failure;
    sql::forIdBatches(reflectionIds, [&](const QString& in, const QVariantMap& values) {
        auto query =
            sql::run(m_db,
                     QStringLiteral("SELECT reason, type, type_overridden, setting, blame_felt, system_factors,"
                                    " reflection_id FROM failure_placement WHERE reflection_id IN ")
                         + in,
                     values);
        if (!query) {
            failure = query.error();
            return false;
        }
        while (query->next()) {
            auto placement = fromRow(*query, 0);
            if (!placement) {
                failure = placement.error();
                return false;
            }
            placements.insert(query->value(6).toString(), std::move(placement).value());
        }
        return true;
    });
    if (!failure.isEmpty())
        return Failure{failure};
    return placements;
}

} // namespace myfyrio
