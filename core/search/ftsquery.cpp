#include "core/search/ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

namespace myfyrio {

QString toFtsQuery(const QString& userText)
{
    // Split on anything that is not a letter, digit or apostrophe inside a word,
    // matching how the unicode61 tokenizer splits the indexed text.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    const QStringList words = userText.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words) {
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + escaped + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString snippetToHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(snippetMarkStart, QStringLiteral("<b>"));
    html.replace(snippetMarkEnd, QStringLiteral("</b>"));
    return html;
}

QString snippetToPlain(const QString& snippet, const QString& open, const QString& close)
{
    QString text = snippet;
    text.replace(snippetMarkStart, open);
    text.replace(snippetMarkEnd, close);
    return text;
}

} // namespace myfyrio
