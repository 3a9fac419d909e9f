#include "core/report/reportguard.h"

#include "core/i18n/translations.h"
#include "core/report/reporthtml.h"

#include <QRegularExpression>

namespace myfyrio {

namespace {

/// The text of a run of HTML as ReportHtml escapes it (toHtmlEscaped, and &nbsp;).
QString unescaped(const QString& run)
{
    if (!run.contains(QLatin1Char('&')))
        return run;
    QString text = run;
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&nbsp;"), QString(QChar(0x00A0)));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

/// Calls a function on each run of text between tags (outside <style>), with the
/// text unescaped; its result, escaped again, replaces the run.
QString mapText(const QString& html, const std::function<QString(const QString&)>& map)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString result;
    int copied = 0;
    bool inStyle = false;
    auto it = tag.globalMatch(html);
    auto flush = [&](int end) {
        const QString run = html.mid(copied, end - copied);
        if (inStyle || run.isEmpty()) {
            result += run;
            return;
        }
        const QString plain = unescaped(run);
        const QString mapped = map(plain);
        result += mapped == plain ? run : mapped.toHtmlEscaped();
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        flush(static_cast<int>(match.capturedStart()));
        const QString element = match.captured().toLower();
        if (element.startsWith(QLatin1String("<style")))
            inStyle = true;
        else if (element.startsWith(QLatin1String("</style")))
            inStyle = false;
        result += match.captured();
        copied = static_cast<int>(match.capturedEnd());
    }
    flush(static_cast<int>(html.size()));
    return result;
}

} // namespace

bool ReportGuard::applies(const ReportOptions& options)
{
    return !options.includePrivate || ReportOptions::isRegulatorForm(options.kind);
}

QString ReportGuard::text(const ReportContent& content)
{
    QStringList lines{content.title, content.footer};
    mapText(content.html({}), [&lines](const QString& run) {
        if (!run.trimmed().isEmpty() && !run.startsWith(QLatin1String("[[chart:")))
            lines << run;
        return run;
    });
    return lines.join(QLatin1Char('\n'));
}

Findings ReportGuard::scan(const ReportContent& content, const ProtectedNames& names)
{
    return ConfidentialityGuard::scan(text(content), names);
}

void ReportGuard::redact(ReportContent& content, const ProtectedNames& names, Redaction redaction)
{
    if (redaction.language.isEmpty())
        redaction.language = content.language.code();
    auto clean = [names, redaction](const QString& run) {
        return ConfidentialityGuard::redact(run, ConfidentialityGuard::scan(run, names), redaction);
    };
    content.title = clean(content.title);
    content.footer = clean(content.footer);
    // Each layout pass asks for the HTML again (with page numbers), so redact every time.
    content.html = [inner = content.html, clean](const QHash<QString, int>& pages) {
        return mapText(inner(pages), clean);
    };
}

void ReportGuard::markIdentifiersLeftIn(ReportContent& content, int count)
{
    if (count <= 0)
        return;
    QStringList lines;
    for (const QString& language : content.language.languages()) {
        lines << Translations::translate(
                     language, ReportLanguage::context(),
                     //: Printed at the top of a shared report. %1 is a number of possible identifiers.
                     QT_TRANSLATE_NOOP("myfyrio::Report", "The writer chose to share this report with details the "
                                                          "confidentiality guard found that could identify someone "
                                                          "(%1). Handle it as confidential."))
                     .arg(Translations::locale(language).toString(count));
    }
    const QString warning =
        QStringLiteral("<p style=\"color: #a00000; font-weight: bold;\">%1</p>").arg(ReportHtml::stacked(lines));
    content.html = [inner = content.html, warning](const QHash<QString, int>& pages) {
        QString html = inner(pages);
        const int body = static_cast<int>(html.indexOf(QStringLiteral("<body>")));
        return body < 0 ? warning + html : html.insert(body + 6, warning);
    };
}

} // namespace myfyrio
