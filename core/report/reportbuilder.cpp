#include "core/report/reportbuilder.h"

#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"

namespace myfyrio {

ReportBuilder::ReportBuilder(const Database& database) : m_database(database) {}

QVector<ReportKind> ReportBuilder::availableKinds()
{
    return {ReportKind::Reflection, ReportKind::Portfolio,  ReportKind::Agreement,  ReportKind::Session,
            ReportKind::Annual,     ReportKind::Failures,   ReportKind::NmcAccount, ReportKind::SweRecord,
            ReportKind::ScwLog,     ReportKind::HcpcSummary};
}

Expected<ReportContent> ReportBuilder::build(const ReportOptions& options) const
{
    if (!ReportOptions::languageCodes().contains(options.language))
        return Failure{tr("The report language must be en, cy or both.")};
    const ReportSource source(m_database, options);
    switch (options.kind) {
    case ReportKind::Reflection:
        if (options.id.isEmpty())
            return Failure{tr("Say which reflection to report on.")};
        return reports::reflection(source);
    case ReportKind::Portfolio:
        return reports::portfolio(source);
    case ReportKind::Failures:
        return reports::failures(source);
    case ReportKind::Annual:
        return reports::annual(source);
    case ReportKind::Agreement:
        return reports::agreement(source);
    case ReportKind::Session:
        if (options.id.isEmpty())
            return Failure{tr("Say which session to report on.")};
        return reports::session(source);
    case ReportKind::NmcAccount:
    case ReportKind::SweRecord:
        if (options.id.isEmpty())
            return Failure{tr("Say which reflection the form is made from.")};
        return options.kind == ReportKind::NmcAccount ? reports::nmcAccount(source) : reports::sweRecord(source);
    case ReportKind::ScwLog:
        return reports::scwLog(source);
    case ReportKind::HcpcSummary:
        return reports::hcpcSummary(source);
    }
    return Failure{tr("This kind of report cannot be made yet.")};
}

} // namespace myfyrio
