#pragma once

#include "core/learning/cardfilter.h"

#include <QStringList>

namespace myfyrio {

/// A CardFilter made ready to test many cards: the filter's words are folded
/// once, not once a card. A list of cards that is filtered again and again
/// (the team view, as the user types) keeps each card's searchText() and
/// passes it in, so a card's text is folded once too.
class CardMatcher
{
public:
    explicit CardMatcher(const CardFilter& filter = {});

    const CardFilter& filter() const { return m_filter; }
    bool isEmpty() const { return m_empty; }
    /// Whether the filter has words to find (so that callers know to pass searchText()).
    bool searchesText() const { return !m_words.isEmpty(); }

    bool matches(const LearningCard& card) const;
    /// The same, with the card's searchText() computed beforehand.
    bool matches(const LearningCard& card, const QString& searchText) const;

    /// What a filter's words are looked for in: the title, lesson, enabling
    /// question and tags, folded (CardFilter::folded).
    static QString searchText(const LearningCard& card);

private:
    bool matchesFields(const LearningCard& card) const;
    bool containsWords(const QString& searchText) const;

    CardFilter m_filter;
    QStringList m_words;
    bool m_empty = true;
};

} // namespace myfyrio
