#pragma once

#include "core/cpd/cpdrecord.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace myfyrio {
class CpdProgress;
}

namespace myfyrio::json {

/// null, or {"type": code, "hours": number, "participatory": bool, "peer": bool,
/// "standard": code or null}, as `list --json` prints a reflection's CPD.
QJsonValue fromCpd(const std::optional<CpdRecord>& record);

/// A cycle's totals as `myfyrio cpd --json` prints them: {"regulator", "from", "to",
/// "cycleStartSet", "hours", "participatoryHours", "required", "requiredParticipatory",
/// "reflectiveAccounts", "requiredReflectiveAccounts", "records", "requiredRecords",
/// "peerRecords", "requiredPeerRecords", "activities", "requiredActivities",
/// "byType": {code: hours}, "gaps": [{"from", "to"}], "missing": [sentence], "complete"}.
/// A requirement the regulator does not have is null.
QJsonObject fromProgress(const CpdProgress& progress, const QString& language);

} // namespace myfyrio::json
