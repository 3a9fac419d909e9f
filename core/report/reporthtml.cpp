#include "core/report/reporthtml.h"

#include <QRegularExpression>

namespace myfyrio {

namespace {

// Margins in em: QTextDocument takes pt and px margins at screen resolution,
// which on a 300 dpi PDF leaves paragraphs with no visible space between them.
const QString styleSheet =
    QStringLiteral("h1 { font-size: 20pt; font-weight: bold; margin-top: 0.6em; margin-bottom: 0.2em; }"
                   "h2 { font-size: 14pt; font-weight: bold; margin-top: 1.0em; margin-bottom: 0.3em; }"
                   "h3 { font-size: 11.5pt; font-weight: bold; margin-top: 0.9em; margin-bottom: 0.2em; }"
                   "p { margin-top: 0em; margin-bottom: 0.6em; }"
                   "p.muted { color: #555555; }"
                   "table { margin-bottom: 0.6em; }"
                   "th { text-align: left; font-weight: bold; background-color: #eeeeee; }");

} // namespace

ReportHtml::ReportHtml(ReportLanguage language) : m_language(std::move(language)) {}

QString ReportHtml::escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString ReportHtml::stacked(const QStringList& lines)
{
    QStringList escapedLines;
    for (const QString& line : lines)
        escapedLines << escaped(line);
    return escapedLines.join(QStringLiteral("<br/>"));
}

void ReportHtml::heading(int level, const char* source)
{
    heading(level, m_language.labels(source));
}

void ReportHtml::heading(int level, const QStringList& perLanguage)
{
    // One heading block, a line a language (Welsh first): the same size and
    // weight, and kept together by construction.
    m_html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(stacked(perLanguage));
}

void ReportHtml::userHeading(int level, const QString& text, const QString& anchor)
{
    // The anchor wraps the text: an empty <a name> would be attached to the block before.
    const QString inner =
        anchor.isEmpty() ? escaped(text) : QStringLiteral("<a name=\"%1\">%2</a>").arg(anchor, escaped(text));
    m_html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(inner);
}

void ReportHtml::note(const QStringList& perLanguage)
{
    for (const QString& text : perLanguage)
        m_html += QStringLiteral("<p>%1</p>").arg(escaped(text));
}

void ReportHtml::userText(const QString& text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n+"));
    const QString normalised = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed();
    if (normalised.isEmpty())
        return;
    for (const QString& paragraph : normalised.split(blankLines)) {
        QString html = escaped(paragraph);
        html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        m_html += QStringLiteral("<p>%1</p>").arg(html);
    }
}

void ReportHtml::plain(const QString& text)
{
    m_html += QStringLiteral("<p class=\"muted\">%1</p>").arg(escaped(text));
}

void ReportHtml::beginFields()
{
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
}

void ReportHtml::field(const char* source, const QString& value)
{
    field(m_language.labels(source), value);
}

void ReportHtml::field(const QStringList& labels, const QString& value)
{
    m_html +=
        QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(stacked(labels), escaped(value));
}

void ReportHtml::field(const char* source, const QStringList& values)
{
    m_html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                  .arg(stacked(m_language.labels(source)), stacked(values));
}

void ReportHtml::endFields()
{
    m_html += QStringLiteral("</table>");
}

void ReportHtml::table(const QList<QStringList>& headers, const QList<QStringList>& rows, const QList<int>& widths)
{
    // The header row is a <thead>, so a table that runs onto the next page repeats it there.
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        m_html += QStringLiteral("<th%1>%2</th>").arg(width, stacked(headers.at(i)));
    }
    m_html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        m_html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            m_html += QStringLiteral("<td>%1</td>").arg(cell);
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</table>");
}

void ReportHtml::pageBreak()
{
    m_html += QStringLiteral("<p style=\"page-break-after: always; margin: 0;\"></p>");
}

void ReportHtml::chartPlaceholder(const QString& key)
{
    m_html += QStringLiteral("<p>[[chart:%1]]</p>").arg(key);
}

void ReportHtml::imagePlaceholder(const QString& key)
{
    m_html += QStringLiteral("<p>[[image:%1]]</p>").arg(key);
}

QString ReportHtml::html() const
{
    return QStringLiteral("<html><head><style>") + styleSheet + QStringLiteral("</style></head><body>") + m_html
           + QStringLiteral("</body></html>");
}

} // namespace myfyrio
