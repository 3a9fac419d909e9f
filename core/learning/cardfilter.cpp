#include "core/learning/cardfilter.h"

#include "core/failure/failurespectrum.h"

#include <QStringList>

namespace myfyrio {

QString CardFilter::folded(const QString& text)
{
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
    if (from.isValid() && card.month < from)
        return false;
    if (to.isValid() && card.month > to)
        return false;
    if (!reason.isEmpty() && (!card.failure || FailureSpectrum::code(card.failure->reason) != reason))
        return false;
    if (!type.isEmpty() && (!card.failure || FailureSpectrum::code(card.failure->type) != type))
        return false;
    if (!scale.isEmpty() && (scale == noScale() ? !card.scale.isEmpty() : card.scale != scale))
        return false;
    if (!language.isEmpty() && card.language != language)
        return false;
    if (!tag.isEmpty()) {
        bool tagged = false;
        for (const QString& t : card.tags)
            tagged = tagged || t.compare(tag, Qt::CaseInsensitive) == 0;
        if (!tagged)
            return false;
    }
    const QStringList words = folded(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QString haystack = folded(card.title + QLatin1Char('\n') + card.lesson + QLatin1Char('\n') + card.enabling
                                        + QLatin1Char('\n') + card.tags.join(QLatin1Char('\n')));
        for (const QString& word : words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace myfyrio
