#include "core/learning/cardcheck.h"

#include "core/i18n/translations.h"
#include "core/learning/cardfilter.h"
#include "core/privacy/confidentialityguard.h"
#include "core/privacy/namepattern.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace myfyrio {

namespace {

const char* const checkContext = "myfyrio::CardCheck";

QRegularExpression unicodePattern(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption
                                           | QRegularExpression::CaseInsensitiveOption);
}

QString alternatives(QStringList words)
{
    words.removeDuplicates();
    // Longest first, so that "March" is tried before "Mar".
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (QString& word : words)
        word = QRegularExpression::escape(word);
    return QStringLiteral("(?:") + words.join(QLatin1Char('|')) + QLatin1Char(')');
}

/// The day of the reflection as people write it: 2024-03-17, 17/03/2024,
/// 17.3.24, 17 March 2024, 17th of March, March 17, 17 Mawrth, 17eg o Fawrth…
QRegularExpression dayPattern(const QDate& day)
{
    QStringList months;
    for (const QString& language : Translations::languages()) {
        const QLocale locale = Translations::locale(language);
        for (QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            const QString name = locale.monthName(day.month(), format).remove(QLatin1Char('.'));
            if (name.size() >= 3)
                months << NamePattern::mutations(name);
        }
    }
    const QString d = QStringLiteral("0?%1").arg(day.day());
    const QString m = QStringLiteral("0?%1").arg(day.month());
    const QString y = QStringLiteral("(?:%1|%2)").arg(day.year()).arg(day.year() % 100, 2, 10, QLatin1Char('0'));
    const QString ordinal = QStringLiteral("(?:st|nd|rd|th|af|il|ydd|ed|eg|fed)?");
    const QString month = alternatives(months);
    const QString edge = QStringLiteral("(?<![\\p{L}\\p{N}])");
    const QString end = QStringLiteral("(?![\\p{L}\\p{N}])");
    const QStringList shapes = {
        QStringLiteral("%1-%2-%3")
            .arg(day.year())
            .arg(day.month(), 2, 10, QLatin1Char('0'))
            .arg(day.day(), 2, 10, QLatin1Char('0')),
        d + QStringLiteral("[/.-]") + m + QStringLiteral("[/.-]") + y,
        d + ordinal + QStringLiteral("\\s+(?:of\\s+|o\\s+)?") + month,
        month + QStringLiteral("\\s+") + d + ordinal,
    };
    return unicodePattern(edge + QStringLiteral("(?:") + shapes.join(QLatin1Char('|')) + QLatin1Char(')') + end);
}

struct Word {
    int start;
    int end;
    QString folded;
};

/// The words of a text, folded (case, accents, curly apostrophes) for comparing.
QVector<Word> wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}'’]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QVector<Word> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString folded = CardFilter::folded(match.captured());
        folded.replace(QChar(0x2019), QLatin1Char('\''));
        words.append({static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd()), folded});
    }
    return words;
}

QString shingle(const QVector<Word>& words, int first)
{
    QStringList parts;
    for (int i = first; i < first + CardCheck::shortestCopiedPassage; ++i)
        parts << words.at(i).folded;
    return parts.join(QLatin1Char(' '));
}

/// Every run of shortestCopiedPassage words of the body.
QSet<QString> shinglesOf(const QString& body)
{
    const QVector<Word> words = wordsOf(body);
    QSet<QString> shingles;
    for (int i = 0; i + CardCheck::shortestCopiedPassage <= words.size(); ++i)
        shingles.insert(shingle(words, i));
    return shingles;
}

/// The passages of a text that repeat the body word for word, each as long as it runs.
QVector<Finding> copiedPassages(const QString& text, const QSet<QString>& shingles)
{
    QVector<Finding> passages;
    if (shingles.isEmpty())
        return passages;
    const QVector<Word> words = wordsOf(text);
    const int n = CardCheck::shortestCopiedPassage;
    int runStart = -1;
    int runEnd = -1; // index of the last word covered
    const auto close = [&] {
        if (runStart < 0)
            return;
        Finding finding;
        finding.position = words.at(runStart).start;
        finding.length = words.at(runEnd).end - finding.position;
        finding.text = text.mid(finding.position, finding.length);
        passages.append(finding);
        runStart = -1;
    };
    for (int i = 0; i + n <= words.size(); ++i) {
        if (!shingles.contains(shingle(words, i)))
            continue;
        if (runStart >= 0 && i > runEnd)
            close();
        if (runStart < 0)
            runStart = i;
        runEnd = i + n - 1;
    }
    close();
    return passages;
}

Finding findingAt(const QRegularExpressionMatch& match)
{
    Finding finding;
    finding.position = static_cast<int>(match.capturedStart());
    finding.length = static_cast<int>(match.capturedLength());
    finding.text = match.captured();
    return finding;
}

struct FieldText {
    CardFinding::Field field;
    int tagIndex;
    QString text;
};

QVector<FieldText> fieldsOf(const LearningCard& card)
{
    QVector<FieldText> fields{{CardFinding::Field::Title, -1, card.title},
                              {CardFinding::Field::Lesson, -1, card.lesson},
                              {CardFinding::Field::Enabling, -1, card.enabling},
                              {CardFinding::Field::Author, -1, card.author}};
    for (int i = 0; i < card.tags.size(); ++i)
        fields.append({CardFinding::Field::Tag, i, card.tags.at(i)});
    return fields;
}

QString placeholderFor(const CardFinding& finding, const QString& language)
{
    switch (finding.kind) {
    case CardFinding::Kind::Identifier:
        return ConfidentialityGuard::placeholder(finding.finding.kind, language);
    case CardFinding::Kind::ReflectionDay:
        //: Put in a learning card in place of the day of a reflection.
        return Translations::translate(language, checkContext, QT_TRANSLATE_NOOP("myfyrio::CardCheck", "[date]"));
    case CardFinding::Kind::BodyPassage:
        //: Put in a learning card in place of a passage copied from the reflection.
        return Translations::translate(language, checkContext,
                                       QT_TRANSLATE_NOOP("myfyrio::CardCheck", "[passage left out]"));
    }
    return {};
}

QString redactedText(QString text, CardFinding::Field field, int tagIndex, const CardFindings& findings,
                     const QString& language)
{
    CardFindings mine;
    for (const CardFinding& finding : findings) {
        if (finding.field == field && finding.tagIndex == tagIndex)
            mine.append(finding);
    }
    std::sort(mine.begin(), mine.end(),
              [](const CardFinding& a, const CardFinding& b) { return a.finding.position > b.finding.position; });
    for (const CardFinding& finding : std::as_const(mine)) {
        if (finding.finding.end() <= text.size()
            && text.mid(finding.finding.position, finding.finding.length) == finding.finding.text)
            text.replace(finding.finding.position, finding.finding.length, placeholderFor(finding, language));
    }
    return text;
}

} // namespace

CardFindings CardCheck::scan(const LearningCard& card, const Reflection& source, const ProtectedNames& names)
{
    const QRegularExpression day = source.date.isValid() ? dayPattern(source.date) : QRegularExpression();
    const QSet<QString> shingles = shinglesOf(source.body);
    CardFindings found;
    for (const FieldText& field : fieldsOf(card)) {
        if (field.text.isEmpty())
            continue;
        CardFindings inField;
        for (const Finding& finding : ConfidentialityGuard::scan(field.text, names))
            inField.append({CardFinding::Kind::Identifier, field.field, field.tagIndex, finding});
        if (source.date.isValid()) {
            for (auto it = day.globalMatch(field.text); it.hasNext();)
                inField.append({CardFinding::Kind::ReflectionDay, field.field, field.tagIndex, findingAt(it.next())});
        }
        for (const Finding& passage : copiedPassages(field.text, shingles))
            inField.append({CardFinding::Kind::BodyPassage, field.field, field.tagIndex, passage});
        // Overlaps keep the one that starts first, then the longest: a copied
        // passage that holds a name is redacted as one passage.
        std::sort(inField.begin(), inField.end(), [](const CardFinding& a, const CardFinding& b) {
            return a.finding.position != b.finding.position ? a.finding.position < b.finding.position
                                                            : a.finding.length > b.finding.length;
        });
        int reached = 0;
        for (const CardFinding& finding : std::as_const(inField)) {
            if (finding.finding.position < reached)
                continue;
            found.append(finding);
            reached = finding.finding.end();
        }
    }
    return found;
}

LearningCard CardCheck::redact(const LearningCard& card, const CardFindings& findings)
{
    LearningCard redacted = card;
    const QString& language = card.language;
    redacted.title = redactedText(card.title, CardFinding::Field::Title, -1, findings, language);
    redacted.lesson = redactedText(card.lesson, CardFinding::Field::Lesson, -1, findings, language);
    redacted.enabling = redactedText(card.enabling, CardFinding::Field::Enabling, -1, findings, language);
    redacted.author = redactedText(card.author, CardFinding::Field::Author, -1, findings, language);
    for (int i = 0; i < card.tags.size(); ++i)
        redacted.tags[i] = redactedText(card.tags.at(i), CardFinding::Field::Tag, i, findings, language);
    return redacted;
}

QString CardCheck::fieldLabel(CardFinding::Field field)
{
    switch (field) {
    case CardFinding::Field::Title:
        return tr("Title");
    case CardFinding::Field::Lesson:
        return tr("Lesson");
    case CardFinding::Field::Enabling:
        return tr("Enabling question");
    case CardFinding::Field::Tag:
        return tr("Tag");
    case CardFinding::Field::Author:
        return tr("Author label");
    }
    return {};
}

QString CardCheck::describe(const CardFinding& finding)
{
    QString kind;
    switch (finding.kind) {
    case CardFinding::Kind::Identifier:
        kind = ConfidentialityGuard::kindLabel(finding.finding.kind);
        break;
    case CardFinding::Kind::ReflectionDay:
        kind = tr("The day of the reflection");
        break;
    case CardFinding::Kind::BodyPassage:
        kind = tr("Words copied from the reflection");
        break;
    }
    //: %1 is what was found (“Name of someone you protect”), %2 the words found, %3 the field (“Lesson”).
    return tr("%1: “%2” (%3)").arg(kind, finding.finding.text, fieldLabel(finding.field));
}

} // namespace myfyrio
