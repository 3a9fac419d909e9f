#pragma once

#include "core/search/searchquery.h"

#include <QString>

namespace myfyrio {

/// Markers around a search match inside a snippet (private-use characters, so
/// they never collide with what the user wrote).
inline constexpr QChar snippetMarkStart = QChar(0xE000);
inline constexpr QChar snippetMarkEnd = QChar(0xE001);

/// Which forms of a word an FTS5 expression looks for.
enum class WordForms {
    Exact,    ///< the word as typed (accents folded by the index), as a prefix
    Mutations ///< also its Welsh radicals and mutations (WelshMutation::searchForms)
};

/// An FTS5 MATCH expression for clauses of a parsed search: every clause's
/// terms joined by OR, the clauses by `joiner` ("AND" to require all, "OR" for
/// any). Every word is quoted, so nothing the user typed is FTS5 syntax. A
/// word is a prefix ("ty" finds "tŷ" and "tyfu"); its other forms are prefixes
/// from four letters and whole words below that. Phrases are exact. Empty when
/// there is nothing to look for.
QString ftsExpression(const QVector<SearchClause>& clauses, WordForms forms, const QString& joiner);

/// A snippet as HTML: the text escaped, matches in <b>…</b>.
QString snippetToHtml(const QString& snippet);

/// A snippet as plain text with matches between the given brackets.
QString snippetToPlain(const QString& snippet, const QString& open = QStringLiteral("["),
                       const QString& close = QStringLiteral("]"));

} // namespace myfyrio
