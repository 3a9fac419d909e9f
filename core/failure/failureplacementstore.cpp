#include "core/failure/failureplacementstore.h"

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
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM failure_placement WHERE reflection_id = :id"),
                            {{QStringLiteral("id"), reflectionId}});
    if (!removed)
        return removed.failure();
    if (!placement)
        return {};
    const FailurePlacement& p = *placement;
    auto inserted =
        sql::run(m_db,
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
    const auto reason = FailureSpectrum::reasonFromCode(query->value(0).toString());
    if (!reason)
        //: %1 is what the person typed.
        return Failure{tr("The journal holds a failure reason this version of Myfyrio does not know: “%1”.")
                           .arg(query->value(0).toString())};
    FailurePlacement placement;
    placement.reason = *reason;
    if (query->value(2).toInt() != 0)
        placement.chosenType = FailureSpectrum::typeFromCode(query->value(1).toString());
    if (!query->value(3).isNull())
        placement.setting = FailureSpectrum::settingFromCode(query->value(3).toString());
    if (!query->value(4).isNull())
        placement.blameFelt = query->value(4).toInt();
    placement.systemFactors = query->value(5).toString();
    return std::optional<FailurePlacement>(std::move(placement));
}

} // namespace myfyrio
