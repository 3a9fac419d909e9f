#include "core/learning/teamsummary.h"

#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"
#include "core/learning/cardformat.h"
#include "core/learning/cardmatcher.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace myfyrio {

namespace {

const char* regionSource(SpectrumRegion region)
{
    switch (region) {
    case SpectrumRegion::Blameworthy:
        return QT_TRANSLATE_NOOP("myfyrio::TeamSummary", "Towards the blameworthy end");
    case SpectrumRegion::System:
        return QT_TRANSLATE_NOOP("myfyrio::TeamSummary", "Failures the system made likely");
    case SpectrumRegion::Praiseworthy:
        return QT_TRANSLATE_NOOP("myfyrio::TeamSummary", "Praiseworthy: intelligent failures");
    }
    return "";
}

/// The same question however it is capitalised, accented or punctuated at its end.
QString questionKey(const QString& text)
{
    QString key = CardFilter::folded(text.simplified());
    while (!key.isEmpty() && (key.back().isPunct() || key.back().isSpace()))
        key.chop(1);
    return key;
}

/// Counts questions by key, remembering each key's most common wording.
class QuestionTally
{
public:
    void add(const QString& text)
    {
        const QString key = questionKey(text);
        if (key.isEmpty())
            return;
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            it = m_index.insert(key, static_cast<int>(m_tallies.size()));
            m_tallies.append(Tally{});
        }
        Tally& tally = m_tallies[*it];
        ++tally.count;
        const QString wording = text.simplified();
        int& seen = tally.wordings[wording];
        if (seen == 0)
            tally.order.append(wording);
        ++seen;
    }

    QVector<QuestionCount> sorted(const QCollator& collator) const
    {
        QVector<QuestionCount> result;
        result.reserve(m_tallies.size());
        for (const Tally& tally : m_tallies) {
            QString best;
            int most = 0;
            // The most common wording; of equally common ones, the first in code
            // point order, so that the result never depends on the order of reading.
            for (const QString& wording : tally.order) {
                const int count = tally.wordings.value(wording);
                if (count > most || (count == most && wording < best)) {
                    most = count;
                    best = wording;
                }
            }
            result.append({best, tally.count});
        }
        std::sort(result.begin(), result.end(), [&collator](const QuestionCount& a, const QuestionCount& b) {
            if (a.count != b.count)
                return a.count > b.count;
            return collator.compare(a.text, b.text) < 0;
        });
        return result;
    }

private:
    struct Tally {
        int count = 0;
        QHash<QString, int> wordings;
        QStringList order;
    };
    QHash<QString, int> m_index;
    QVector<Tally> m_tallies;
};

QDate monthsLater(const QDate& month, int months)
{
    return month.addMonths(months);
}

} // namespace

const QVector<SpectrumRegion>& TeamSummary::regions()
{
    static const QVector<SpectrumRegion> all{SpectrumRegion::Blameworthy, SpectrumRegion::System,
                                             SpectrumRegion::Praiseworthy};
    return all;
}

SpectrumRegion TeamSummary::region(FailureReason reason)
{
    const int position = FailureSpectrum::position(reason);
    if (position <= 3)
        return SpectrumRegion::Blameworthy;
    return position <= 7 ? SpectrumRegion::System : SpectrumRegion::Praiseworthy;
}

QString TeamSummary::code(SpectrumRegion region)
{
    switch (region) {
    case SpectrumRegion::Blameworthy:
        return QStringLiteral("blameworthy");
    case SpectrumRegion::System:
        return QStringLiteral("system");
    case SpectrumRegion::Praiseworthy:
        return QStringLiteral("praiseworthy");
    }
    return {};
}

QString TeamSummary::label(SpectrumRegion region)
{
    return tr(regionSource(region));
}

QString TeamSummary::label(SpectrumRegion region, const QString& language)
{
    return Translations::translate(language, "myfyrio::TeamSummary", regionSource(region));
}

QStringList TeamSummary::scaleKeys()
{
    return SystemScale::codes() << CardFilter::noScale();
}

TeamPattern TeamSummary::summarise(const QVector<LearningCard>& cards, const CardFilter& filter, const QLocale& locale)
{
    TeamPattern pattern;
    for (const QString& key : scaleKeys())
        pattern.byScale.insert(key, 0);
    QuestionTally all;
    QHash<QString, QuestionTally> byScale;
    QSet<QString> authors;
    QHash<QDate, std::array<int, 3>> months;
    const CardMatcher matcher(filter);
    for (const LearningCard& card : cards) {
        if (!matcher.matches(card))
            continue;
        ++pattern.cards;
        if (!pattern.firstMonth.isValid() || card.month < pattern.firstMonth)
            pattern.firstMonth = card.month;
        if (!pattern.lastMonth.isValid() || card.month > pattern.lastMonth)
            pattern.lastMonth = card.month;
        const QString scale = card.scale.isEmpty() ? CardFilter::noScale() : card.scale;
        ++pattern.byScale[scale];
        if (!card.author.isEmpty())
            authors.insert(card.author.toCaseFolded());
        if (!card.enabling.trimmed().isEmpty()) {
            all.add(card.enabling);
            byScale[scale].add(card.enabling);
        }
        if (!card.failure) {
            ++pattern.unplaced;
            continue;
        }
        FailureCounts& counts = pattern.failures;
        ++counts.total;
        ++counts.byReason[static_cast<std::size_t>(FailureSpectrum::position(card.failure->reason) - 1)];
        ++counts.byType[static_cast<std::size_t>(card.failure->type)];
        ++pattern.byRegion[static_cast<std::size_t>(region(card.failure->reason))];
        ++months[card.month][static_cast<std::size_t>(card.failure->type)];
    }
    pattern.authors = static_cast<int>(authors.size());

    // Every month from the first placed card to the last (at most mostMonths, the latest ones).
    FailureCounts& counts = pattern.failures;
    counts.from = filter.from;
    counts.to = filter.to;
    if (!months.isEmpty()) {
        QDate first = months.keyBegin().operator*();
        QDate last = first;
        for (auto it = months.keyBegin(); it != months.keyEnd(); ++it) {
            first = std::min(first, *it);
            last = std::max(last, *it);
        }
        first = std::max(first, monthsLater(last, -(mostMonths - 1)));
        for (QDate month = first; month <= last; month = monthsLater(month, 1)) {
            FailureMonth entry;
            entry.month = month;
            entry.byType = months.value(month);
            counts.months.append(entry);
        }
    }

    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    pattern.enabling = all.sorted(collator);
    for (auto it = byScale.cbegin(); it != byScale.cend(); ++it)
        pattern.enablingByScale.insert(it.key(), it.value().sorted(collator));
    return pattern;
}

QJsonObject TeamSummary::toJson(const CardCollection& collection, const TeamPattern& pattern)
{
    QJsonObject byReason;
    for (FailureReason reason : FailureSpectrum::reasons())
        byReason.insert(FailureSpectrum::code(reason), pattern.failures.count(reason));
    QJsonObject byType;
    for (FailureType type : FailureSpectrum::types())
        byType.insert(FailureSpectrum::code(type), pattern.failures.count(type));
    QJsonObject byRegion;
    for (SpectrumRegion r : regions())
        byRegion.insert(code(r), pattern.count(r));
    QJsonObject scales;
    for (const QString& key : scaleKeys())
        scales.insert(key, pattern.byScale.value(key));
    QJsonArray byMonth;
    for (const FailureMonth& month : pattern.failures.months) {
        QJsonObject entry{{QStringLiteral("month"), CardFormat::monthText(month.month)}};
        for (FailureType type : FailureSpectrum::types())
            entry.insert(FailureSpectrum::code(type), month.count(type));
        byMonth.append(entry);
    }
    const auto questions = [](const QVector<QuestionCount>& list) {
        QJsonArray array;
        for (const QuestionCount& question : list)
            array.append(
                QJsonObject{{QStringLiteral("text"), question.text}, {QStringLiteral("count"), question.count}});
        return array;
    };
    QJsonObject questionsByScale;
    for (const QString& key : scaleKeys())
        questionsByScale.insert(key, questions(pattern.enablingByScale.value(key)));
    return QJsonObject{
        {QStringLiteral("cards"), pattern.cards},
        {QStringLiteral("files"), collection.files},
        {QStringLiteral("malformed"), collection.malformed},
        {QStringLiteral("withdrawn"), collection.withdrawn},
        {QStringLiteral("conflicting"), collection.conflicting},
        {QStringLiteral("unreadableFolders"), QJsonArray::fromStringList(collection.unreadableFolders)},
        {QStringLiteral("unplaced"), pattern.unplaced},
        {QStringLiteral("authors"), pattern.authors},
        {QStringLiteral("firstMonth"), CardFormat::monthText(pattern.firstMonth)},
        {QStringLiteral("lastMonth"), CardFormat::monthText(pattern.lastMonth)},
        {QStringLiteral("byReason"), byReason},
        {QStringLiteral("byType"), byType},
        {QStringLiteral("byRegion"), byRegion},
        {QStringLiteral("byScale"), scales},
        {QStringLiteral("byMonth"), byMonth},
        {QStringLiteral("enablingQuestions"), questions(pattern.enabling)},
        {QStringLiteral("enablingQuestionsByScale"), questionsByScale},
    };
}

} // namespace myfyrio
