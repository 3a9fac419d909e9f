#pragma once

#include "core/failure/failurecounts.h"
#include "core/failure/failureplacement.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace myfyrio::json {

/// null, or {reason, type, typeOverridden, setting, blameFelt, systemFactors}
/// with codes for reason, type and setting (setting and blameFelt may be null).
QJsonValue fromFailure(const std::optional<FailurePlacement>& placement);

/// {"byReason": {code: count, … all nine}, "byType": {code: count, … all three},
///  "meanBlameFelt": {code: number|null, … all nine}, "total": n,
///  "byMonth": [{"month": "YYYY-MM", "basic": n, "complex": n, "intelligent": n}, …]}
QJsonObject fromFailureCounts(const FailureCounts& counts);

} // namespace myfyrio::json
