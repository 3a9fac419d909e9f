#include "core/cpd/cpdjson.h"

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

} // namespace myfyrio::json
