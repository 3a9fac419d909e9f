#include "app/cli/guardoptions.h"

#include "app/cli/clicontext.h"
#include "core/privacy/confidentialityguard.h"
#include "core/report/reportguard.h"

#include <QCommandLineParser>

namespace myfyrio::cli {

GuardOptions::GuardOptions(bool withRedact)
    : m_withRedact(withRedact),
      m_redact(QStringLiteral("redact"),
               tr("Replace what could identify someone with [name], [postcode], [NHS number]… before writing.")),
      m_allow(QStringLiteral("allow-identifiers"),
              tr("Write it even though it could identify someone; a report then says so on its first page."))
{}

QList<QCommandLineOption> GuardOptions::options() const
{
    if (!m_withRedact)
        return {m_allow};
    return {m_redact, m_allow};
}

QString GuardOptions::check(const QCommandLineParser& parser) const
{
    if (m_withRedact && parser.isSet(m_redact) && parser.isSet(m_allow))
        return tr("Give --redact or --allow-identifiers, not both.");
    return {};
}

void GuardOptions::printFindings(CliContext& cli, const Findings& findings) const
{
    for (const Finding& finding : findings) {
        //: %1 is the kind of identifier (Postcode), %2 what was found, %3 the words around it.
        cli.err() << QStringLiteral("  ")
                  << tr("%1: “%2” in “%3”")
                         .arg(ConfidentialityGuard::kindLabel(finding.kind), finding.text,
                              QString(finding.before + finding.text + finding.after).simplified())
                  << Qt::endl;
    }
}

bool GuardOptions::apply(const QCommandLineParser& parser, CliContext& cli, ReportContent& content, int& exitCode) const
{
    const ProtectedNames names = ProtectedNames::load();
    const Findings findings = ReportGuard::scan(content, names);
    if (findings.isEmpty())
        return true;
    const int count = static_cast<int>(findings.size());
    if (m_withRedact && parser.isSet(m_redact)) {
        ReportGuard::redact(content, names, Redaction{});
        //: %1 is a number of details (names, postcodes…).
        cli.err() << tr("Details that could identify someone were replaced before writing: %1").arg(count) << Qt::endl;
        return true;
    }
    if (parser.isSet(m_allow)) {
        ReportGuard::markIdentifiersLeftIn(content, count);
        //: %1 is a number of details (names, postcodes…).
        cli.err() << tr("Written with details that could identify someone (%1); the report says so on its first "
                        "page. Handle it as confidential.")
                         .arg(count)
                  << Qt::endl;
        return true;
    }
    exitCode = cli.fail(tr("Nothing was written: the report could identify someone. The confidentiality guard found:"));
    printFindings(cli, findings);
    cli.err() << tr("Edit the reflections, or give --redact to replace these with [name], [postcode]…, or "
                    "--allow-identifiers to write the report as it is, with a warning on it.")
              << Qt::endl;
    return false;
}

bool GuardOptions::allow(const QCommandLineParser& parser, CliContext& cli, const QString& text, int& exitCode) const
{
    const Findings findings = ConfidentialityGuard::scan(text, ProtectedNames::load());
    if (findings.isEmpty())
        return true;
    if (parser.isSet(m_allow)) {
        //: %1 is a number of details (names, postcodes…).
        cli.err() << tr("Written with details that could identify someone (%1). Handle it as confidential.")
                         .arg(static_cast<int>(findings.size()))
                  << Qt::endl;
        return true;
    }
    exitCode = cli.fail(tr("Nothing was written: the file could identify someone. The confidentiality guard found:"));
    printFindings(cli, findings);
    cli.err() << tr("Edit the text, or give --allow-identifiers to write the file as it is.") << Qt::endl;
    return false;
}

} // namespace myfyrio::cli
