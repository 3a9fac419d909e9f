#include "core/search/ftsquery.h"

#include "core/search/welshmutation.h"

#include <QStringList>

namespace myfyrio {

namespace {

/// Forms shorter than this match whole words only, so that "dy" (from "ty")
/// does not find every word beginning with "dy".
constexpr int shortestPrefixForm = 4;

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString termExpression(const SearchTerm& term, WordForms forms)
{
    if (term.phrase)
        return quoted(term.words.join(QLatin1Char(' ')));
    const QString& word = term.words.constFirst();
    if (forms == WordForms::Exact)
        return quoted(word) + QLatin1Char('*');
    QStringList alternatives;
    const QStringList all = WelshMutation::searchForms(word);
    for (const QString& form : all) {
        const bool prefix = form == word || form.size() >= shortestPrefixForm;
        alternatives << quoted(form) + (prefix ? QStringLiteral("*") : QString());
    }
    return alternatives.join(QStringLiteral(" OR "));
}

} // namespace

QString ftsExpression(const QVector<SearchClause>& clauses, WordForms forms, const QString& joiner)
{
    QStringList parts;
    for (const SearchClause& clause : clauses) {
        QStringList terms;
        for (const SearchTerm& term : clause.anyOf) {
            if (!term.words.isEmpty())
                terms << termExpression(term, forms);
        }
        if (!terms.isEmpty())
            parts << QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return parts.join(QLatin1Char(' ') + joiner + QLatin1Char(' '));
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
