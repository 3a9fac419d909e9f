#pragma once

#include "core/report/reportcontent.h"
#include "core/report/reportoptions.h"
#include "core/util/expected.h"

#include <QCoreApplication>

namespace myfyrio {

class Database;

/// Makes the content of a report of any kind from the journal, ready for
/// ReportPainter (PDF, print, preview).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReportBuilder)

public:
    explicit ReportBuilder(const Database& database);

    Expected<ReportContent> build(const ReportOptions& options) const;

    /// The kinds this build can make (a kind waits for its feature).
    static QVector<ReportKind> availableKinds();

private:
    const Database& m_database;
};

} // namespace myfyrio
