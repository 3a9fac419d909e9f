#pragma once

#include "core/search/searchquery.h"

#include <QString>
#include <QVector>

namespace myfyrio {

/// Where a search matches in one piece of text, found as the search index
/// finds it: the same words (letters and digits), accents folded, each word as
/// a prefix, phrases word for word, and in Welsh text the mutated forms too
/// (WelshMutation::searchForms). For marking matches in the open reflection.
class SearchMatcher
{
public:
    struct Match {
        int start = 0;
        int length = 0;
    };

    /// expandMutations: the text is Welsh, or the search is (SearchQuery::isWelsh()).
    SearchMatcher(const SearchQuery& query, bool expandMutations);

    /// True when the search has no words to look for.
    bool isEmpty() const { return m_words.isEmpty() && m_phrases.isEmpty(); }

    /// The matches in the text, in order; excluded words are never marked.
    QVector<Match> matches(const QString& text) const;

    /// A word as the index compares it: lower case, accents removed.
    static QString folded(const QString& word);

private:
    struct Form {
        QString text;
        bool prefix = true;
    };
    QVector<Form> m_words;
    QVector<QStringList> m_phrases;
};

} // namespace myfyrio
