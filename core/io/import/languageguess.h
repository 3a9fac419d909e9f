#pragma once

#include <QString>

namespace myfyrio {

/// Tells Welsh from English in a piece of writing, for imported entries whose
/// source does not say. A simple heuristic: common words that belong to one
/// language only, and the letters with a circumflex that Welsh uses (ŵ, ŷ, â).
/// Mixed or very short text falls back to the given language; the writer can
/// always change it afterwards.
class LanguageGuess
{
public:
    /// "cy" or "en".
    static QString of(const QString& text, const QString& fallback);

    /// Welsh evidence minus English evidence: above zero leans Welsh, below zero English.
    static int score(const QString& text);
};

} // namespace myfyrio
