#include "core/failure/failurejson.h"

#include <QJsonArray>

namespace myfyrio::json {

QJsonValue fromFailure(const std::optional<FailurePlacement>& placement)
{
    if (!placement)
        return QJsonValue::Null;
    const FailurePlacement& p = *placement;
    QJsonObject object;
    object.insert(QStringLiteral("reason"), FailureSpectrum::code(p.reason));
    object.insert(QStringLiteral("type"), FailureSpectrum::code(p.type()));
    object.insert(QStringLiteral("typeOverridden"), p.typeOverridden());
    object.insert(QStringLiteral("setting"),
                  p.setting ? QJsonValue(FailureSpectrum::code(*p.setting)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("blameFelt"), p.blameFelt ? QJsonValue(*p.blameFelt) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("systemFactors"), p.systemFactors);
    return object;
}

QJsonObject fromFailureCounts(const FailureCounts& counts)
{
    QJsonObject byReason;
    QJsonObject meanBlame;
    for (FailureReason reason : FailureSpectrum::reasons()) {
        byReason.insert(FailureSpectrum::code(reason), counts.count(reason));
        const auto mean = counts.meanBlame(reason);
        meanBlame.insert(FailureSpectrum::code(reason), mean ? QJsonValue(*mean) : QJsonValue(QJsonValue::Null));
    }
    QJsonObject byType;
    for (FailureType type : FailureSpectrum::types())
        byType.insert(FailureSpectrum::code(type), counts.count(type));
    QJsonArray months;
    for (const FailureMonth& month : counts.months) {
        QJsonObject row;
        row.insert(QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM")));
        for (FailureType type : FailureSpectrum::types())
            row.insert(FailureSpectrum::code(type), month.count(type));
        months.append(row);
    }
    QJsonObject object;
    object.insert(QStringLiteral("byReason"), byReason);
    object.insert(QStringLiteral("byType"), byType);
    object.insert(QStringLiteral("meanBlameFelt"), meanBlame);
    object.insert(QStringLiteral("total"), counts.total);
    object.insert(QStringLiteral("byMonth"), months);
    return object;
}

} // namespace myfyrio::json
