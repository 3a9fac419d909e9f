#pragma once

#include "core/privacy/confidentialityguard.h"
#include "core/report/reportcontent.h"
#include "core/report/reportoptions.h"

#include <QCoreApplication>

namespace myfyrio {

/// The confidentiality guard applied to a report before it leaves the
/// machine: what the report would carry that could identify someone, and
/// the report with those things replaced, or with a warning printed on it
/// when the writer chooses to share it as it is.
///
/// It reads the report's text (every piece of text in its HTML, its title
/// and its footer), so it sees exactly what a reader of the PDF would.
class ReportGuard
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReportGuard)

public:
    /// True for the reports meant to be shared: every kind unless the writer
    /// asked for a private copy, and the regulators' forms always.
    static bool applies(const ReportOptions& options);

    /// What the report would carry, in reading order.
    static Findings scan(const ReportContent& content, const ProtectedNames& names);

    /// Replaces what the guard finds, as the redaction says (placeholders in
    /// the report's language unless the writer chose other words).
    static void redact(ReportContent& content, const ProtectedNames& names, Redaction redaction);

    /// Prints on the report, above everything else, that it was shared with
    /// this many possible identifiers left in at the writer's choice.
    static void markIdentifiersLeftIn(ReportContent& content, int count);

    /// The report's text as the guard reads it: the title, the footer, then each
    /// piece of text in the HTML, one line each.
    static QString text(const ReportContent& content);
};

} // namespace myfyrio
