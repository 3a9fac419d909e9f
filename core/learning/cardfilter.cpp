#include "core/learning/cardfilter.h"

#include "core/learning/cardmatcher.h"

namespace myfyrio {

QString CardFilter::folded(const QString& text)
{
    // Plain ASCII (most English cards) has no accents to take off, and folds
    // as it lowers: the normalisation below is the slow part of summing up.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toCaseFolded());
    }
    return result;
}

bool CardFilter::matches(const LearningCard& card) const
{
    return CardMatcher(*this).matches(card);
}

} // namespace myfyrio
