#include "core/learning/cardmatcher.h"

#include "core/failure/failurespectrum.h"

namespace myfyrio {

CardMatcher::CardMatcher(const CardFilter& filter)
    : m_filter(filter),
      m_words(CardFilter::folded(filter.text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts)),
      m_empty(filter.isEmpty())
{}

QString CardMatcher::searchText(const LearningCard& card)
{
    return CardFilter::folded(card.title + QLatin1Char('\n') + card.lesson + QLatin1Char('\n') + card.enabling
                              + QLatin1Char('\n') + card.tags.join(QLatin1Char('\n')));
}

bool CardMatcher::matchesFields(const LearningCard& card) const
{
    const CardFilter& f = m_filter;
    if (f.from.isValid() && card.month < f.from)
        return false;
    if (f.to.isValid() && card.month > f.to)
        return false;
    if (!f.reason.isEmpty() && (!card.failure || FailureSpectrum::code(card.failure->reason) != f.reason))
        return false;
    if (!f.type.isEmpty() && (!card.failure || FailureSpectrum::code(card.failure->type) != f.type))
        return false;
    if (!f.scale.isEmpty() && (f.scale == CardFilter::noScale() ? !card.scale.isEmpty() : card.scale != f.scale))
        return false;
    if (!f.language.isEmpty() && card.language != f.language)
        return false;
    if (!f.tag.isEmpty()) {
        bool tagged = false;
        for (const QString& t : card.tags)
            tagged = tagged || t.compare(f.tag, Qt::CaseInsensitive) == 0;
        if (!tagged)
            return false;
    }
    return true;
}

bool CardMatcher::containsWords(const QString& searchText) const
{
    for (const QString& word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

bool CardMatcher::matches(const LearningCard& card) const
{
    return m_empty || (matchesFields(card) && (m_words.isEmpty() || containsWords(searchText(card))));
}

bool CardMatcher::matches(const LearningCard& card, const QString& searchText) const
{
    return m_empty || (matchesFields(card) && containsWords(searchText));
}

} // namespace myfyrio
