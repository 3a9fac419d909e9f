#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace myfyrio {

/// A word or a "quoted phrase" of the search text, split into the words the
/// search index sees (letters and digits; anything else separates words).
struct SearchTerm {
    QStringList words; ///< in lower case; one word unless it was a phrase
    bool phrase = false;
};

/// Terms joined by OR; a reflection matches the clause when it has any of them.
/// An excluded clause ("-word") matches the reflections that have none.
struct SearchClause {
    QVector<SearchTerm> anyOf;
    bool excluded = false;
};

/// What a person typed into a search, read as a small query language that
/// works the same in the search box, `myfyrio search` and `export pdf --search`:
///
///     words are ANDed     "a phrase"     this OR that     -word     -"a phrase"
///     tag:name   tag:"two words"   lang:cy|en   after:YYYY-MM-DD   before:YYYY-MM-DD
///     reason:CODE   type:basic|complex|intelligent
///
/// The keys also have Welsh names (tag:, iaith:, wedi:, cyn:, rheswm:, math:).
/// after: includes that day, before: stops the day before it (as in e-mail
/// searches). Parsing never fails: an unclosed quote runs to the end, a lone
/// "-" or "OR" is ignored, characters that mean something to SQLite's FTS5
/// are taken as plain text, and a key with a value it cannot use (a date that
/// is not a date, an unknown language) is left out with a sentence in
/// problems() saying why. Unknown keys ("nodyn:", "10:30") are plain words.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SearchQuery)

public:
    /// Longer text is cut here (and a problem says so); so are extra clauses.
    static constexpr int maximumLength = 2000;
    static constexpr int maximumClauses = 32;

    static SearchQuery parse(const QString& text);

    const QVector<SearchClause>& clauses() const { return m_clauses; }
    const QStringList& tags() const { return m_tags; }
    const QStringList& languages() const { return m_languages; } ///< "cy", "en"; empty for any
    const QStringList& reasons() const { return m_reasons; }     ///< failure reason codes; any of them
    const QStringList& types() const { return m_types; }         ///< failure type codes; any of them
    QDate after() const { return m_after; }                      ///< first day included, or invalid
    QDate before() const { return m_before; }                    ///< first day no longer included, or invalid
    /// Sentences, in the interface language, about parts of the text that were left out.
    const QStringList& problems() const { return m_problems; }

    /// True when it has clauses that must match (not only exclusions).
    bool hasRequiredText() const;
    /// True when nothing narrows the search at all.
    bool isEmpty() const;
    /// True when the search is in Welsh: lang:cy alone, or a word that can only be Welsh.
    bool isWelsh() const;

    /// The short hint of the syntax shown on the search box, in the interface language.
    static QString syntaxHint();

private:
    void readKey(const QString& key, const QString& value);
    void addClauseTerm(SearchTerm term, bool excluded, bool joinWithPrevious);

    QVector<SearchClause> m_clauses;
    QStringList m_tags;
    QStringList m_languages;
    QStringList m_reasons;
    QStringList m_types;
    QDate m_after;
    QDate m_before;
    QStringList m_problems;
    bool m_tooManyTold = false;
};

} // namespace myfyrio
