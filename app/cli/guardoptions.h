#pragma once

#include "core/privacy/finding.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace myfyrio {
struct ReportContent;
}

namespace myfyrio::cli {

class CliContext;

/// The confidentiality guard on the command line: --redact and
/// --allow-identifiers for exports meant to be shared. Without either, an
/// export that would carry an NHS number, a postcode, a date of birth, a
/// phone number, an email address or a protected name is refused, with the
/// list of what was found and where.
class GuardOptions
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::GuardOptions)

public:
    /// With withRedact false (a file whose signed text must not change), only --allow-identifiers.
    explicit GuardOptions(bool withRedact = true);

    QList<QCommandLineOption> options() const;

    /// A sentence when the options contradict each other, else empty.
    QString check(const QCommandLineParser& parser) const;

    /// Scans the report; redacts it or prints the warning on it as the options
    /// say. False (with the findings on stderr, and exitCode set) when it must
    /// not be written.
    bool apply(const QCommandLineParser& parser, CliContext& cli, ReportContent& content, int& exitCode) const;

    /// For a text that cannot be changed: false (with the findings on stderr)
    /// unless --allow-identifiers was given or nothing was found.
    bool allow(const QCommandLineParser& parser, CliContext& cli, const QString& text, int& exitCode) const;

private:
    void printFindings(CliContext& cli, const Findings& findings) const;

    bool m_withRedact;
    QCommandLineOption m_redact;
    QCommandLineOption m_allow;
};

} // namespace myfyrio::cli
