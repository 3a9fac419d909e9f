#pragma once

#include "core/report/reportcontent.h"
#include "core/util/expected.h"

namespace myfyrio {

class ReportSource;

/// One function a kind of report: each reads what it needs through the
/// source (which applies the privacy rule) and returns the report's content.
namespace reports {

Expected<ReportContent> reflection(const ReportSource& source);
Expected<ReportContent> portfolio(const ReportSource& source);
Expected<ReportContent> failures(const ReportSource& source);
Expected<ReportContent> annual(const ReportSource& source);
Expected<ReportContent> agreement(const ReportSource& source);
Expected<ReportContent> session(const ReportSource& source);
Expected<ReportContent> nmcAccount(const ReportSource& source);
Expected<ReportContent> sweRecord(const ReportSource& source);
Expected<ReportContent> scwLog(const ReportSource& source);
Expected<ReportContent> hcpcSummary(const ReportSource& source);

} // namespace reports

} // namespace myfyrio
