#include "core/report/reportoptions.h"

namespace myfyrio {

namespace {

struct KindCode {
    ReportKind kind;
    const char* code;
};

constexpr KindCode kindCodeTable[] = {
    {ReportKind::Reflection, "reflection"},  {ReportKind::Portfolio, "portfolio"},
    {ReportKind::Agreement, "agreement"},    {ReportKind::Session, "session"},
    {ReportKind::Annual, "annual"},          {ReportKind::Failures, "failures"},
    {ReportKind::NmcAccount, "nmc-account"}, {ReportKind::SweRecord, "swe-record"},
    {ReportKind::ScwLog, "scw-log"},         {ReportKind::HcpcSummary, "hcpc-summary"},
};

} // namespace

QString ReportOptions::kindCode(ReportKind kind)
{
    for (const KindCode& entry : kindCodeTable) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<ReportKind> ReportOptions::kindFromCode(const QString& code)
{
    for (const KindCode& entry : kindCodeTable) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList ReportOptions::kindCodes()
{
    QStringList codes;
    for (const KindCode& entry : kindCodeTable)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

} // namespace myfyrio
