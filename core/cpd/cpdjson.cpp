#include "core/cpd/cpdjson.h"

#include "core/cpd/cpdcatalog.h"
#include "core/cpd/cpdprogress.h"
#include "core/util/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>

namespace myfyrio::json {

QJsonValue fromCpd(const std::optional<CpdRecord>& record)
{
    if (!record)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("type"), record->type},
        {QStringLiteral("hours"), record->hours()},
        {QStringLiteral("participatory"), record->participatory},
        {QStringLiteral("peer"), record->peer},
        {QStringLiteral("standard"), record->standard.isEmpty() ? QJsonValue() : QJsonValue(record->standard)},
    };
}

namespace {

QJsonValue requiredOf(const CpdProgress& progress, CpdMeasure::Kind kind)
{
    for (const CpdMeasure& measure : progress.measures()) {
        if (measure.kind == kind)
            return measure.isHours() ? QJsonValue(measure.required / 4.0) : QJsonValue(measure.required);
    }
    return QJsonValue();
}

} // namespace

QJsonObject fromProgress(const CpdProgress& progress, const QString& language)
{
    using Kind = CpdMeasure::Kind;
    QJsonObject byType;
    for (auto it = progress.quarterHoursByType().cbegin(); it != progress.quarterHoursByType().cend(); ++it)
        byType.insert(it.key(), it.value() / 4.0);
    QJsonArray gaps;
    for (const CpdGap& gap : progress.gaps())
        gaps.append(QJsonObject{{QStringLiteral("from"), timestamps::toStorage(gap.from)},
                                {QStringLiteral("to"), timestamps::toStorage(gap.to)}});
    return QJsonObject{
        {QStringLiteral("regulator"), Regulators::code(progress.regulator())},
        {QStringLiteral("from"), timestamps::toStorage(progress.cycle().from)},
        {QStringLiteral("to"), timestamps::toStorage(progress.cycle().to)},
        {QStringLiteral("cycleStartSet"), progress.cycle().startSet},
        {QStringLiteral("hours"), progress.quarterHours() / 4.0},
        {QStringLiteral("participatoryHours"), progress.participatoryQuarterHours() / 4.0},
        {QStringLiteral("required"), requiredOf(progress, Kind::Hours)},
        {QStringLiteral("requiredParticipatory"), requiredOf(progress, Kind::ParticipatoryHours)},
        {QStringLiteral("reflectiveAccounts"), progress.reflectiveAccounts()},
        {QStringLiteral("requiredReflectiveAccounts"), requiredOf(progress, Kind::ReflectiveAccounts)},
        {QStringLiteral("records"), progress.records()},
        {QStringLiteral("requiredRecords"), requiredOf(progress, Kind::Records)},
        {QStringLiteral("peerRecords"), progress.peerRecords()},
        {QStringLiteral("requiredPeerRecords"), requiredOf(progress, Kind::PeerRecords)},
        {QStringLiteral("activities"), progress.records()},
        {QStringLiteral("requiredActivities"), requiredOf(progress, Kind::Activities)},
        {QStringLiteral("byType"), byType},
        {QStringLiteral("gaps"), gaps},
        {QStringLiteral("missing"), QJsonArray::fromStringList(progress.missing(language))},
        {QStringLiteral("complete"), progress.complete()},
    };
}

} // namespace myfyrio::json
