#pragma once

#include "core/cpd/cpdrecord.h"

#include <QJsonValue>

#include <optional>

namespace myfyrio::json {

/// null, or {"type": code, "hours": number, "participatory": bool, "peer": bool,
/// "standard": code or null}, as `list --json` prints a reflection's CPD.
QJsonValue fromCpd(const std::optional<CpdRecord>& record);

} // namespace myfyrio::json
