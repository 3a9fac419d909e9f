#pragma once

#include <QString>

namespace myfyrio {

/// Markers around a search match inside a snippet (private-use characters, so
/// they never collide with what the user wrote).
inline constexpr QChar snippetMarkStart = QChar(0xE000);
inline constexpr QChar snippetMarkEnd = QChar(0xE001);

/// Turns what a person typed into a safe FTS5 query: every word must appear,
/// each as a prefix ("ty" finds "tŷ" and "tyfu"); FTS5 syntax characters are
/// taken literally. Returns an empty string when nothing searchable remains.
QString toFtsQuery(const QString& userText);

/// A snippet as HTML: the text escaped, matches in <b>…</b>.
QString snippetToHtml(const QString& snippet);

/// A snippet as plain text with matches between the given brackets.
QString snippetToPlain(const QString& snippet, const QString& open = QStringLiteral("["),
                       const QString& close = QStringLiteral("]"));

} // namespace myfyrio
