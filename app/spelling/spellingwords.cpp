#include "app/spelling/spellingwords.h"

#include <QSet>
#include <QStringList>

namespace myfyrio {

namespace {

const QChar apostrophe(QLatin1Char('\''));
const QChar typographicApostrophe(0x2019);

bool isApostrophe(QChar c)
{
    return c == apostrophe || c == typographicApostrophe;
}

bool isLetter(QChar c)
{
    return c.isLetter() || c.isMark();
}

/// The short forms that follow an apostrophe: mae'r, gyda'i, o'n, i'm, a'th, i'w, o'u, a'ch, fan'na, fan'ma.
const QSet<QString>& welshClitics()
{
    static const QSet<QString> clitics = {
        QStringLiteral("r"),  QStringLiteral("i"),  QStringLiteral("n"),  QStringLiteral("m"),
        QStringLiteral("th"), QStringLiteral("w"),  QStringLiteral("u"),  QStringLiteral("ch"),
        QStringLiteral("na"), QStringLiteral("ma"), QStringLiteral("ny"),
    };
    return clitics;
}

/// Spoken forms written as such, which aspell-cy does not know: "dw i'n", "'di", "'ma".
const QSet<QString>& welshContractions()
{
    static const QSet<QString> words = {
        QStringLiteral("dw"),   QStringLiteral("'dw"),  QStringLiteral("'di"),   QStringLiteral("'ma"),
        QStringLiteral("'na"),  QStringLiteral("'ny"),  QStringLiteral("'sgen"), QStringLiteral("'sgin"),
        QStringLiteral("sgen"), QStringLiteral("sgin"), QStringLiteral("'sa"),   QStringLiteral("rwy"),
        QStringLiteral("dyw"),  QStringLiteral("'r"),   QStringLiteral("'n"),    QStringLiteral("'i"),
        QStringLiteral("'w"),   QStringLiteral("'u"),   QStringLiteral("'m"),    QStringLiteral("'th"),
        QStringLiteral("'ch"),
    };
    return words;
}

bool knownPart(const QString& part, const std::function<bool(const QString&)>& dictionaryKnows)
{
    return welshContractions().contains(part.toLower()) || dictionaryKnows(part);
}

} // namespace

QVector<SpellingWords::Word> SpellingWords::split(const QString& text)
{
    QVector<Word> words;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const bool startsWithApostrophe = isApostrophe(text.at(i)) && i + 1 < n && isLetter(text.at(i + 1))
                                          && (i == 0 || !text.at(i - 1).isLetterOrNumber());
        if (!isLetter(text.at(i)) && !text.at(i).isDigit() && !startsWithApostrophe) {
            ++i;
            continue;
        }
        int end = i + 1;
        bool digits = text.at(i).isDigit();
        while (end < n) {
            const QChar c = text.at(end);
            if (isLetter(c) || c.isDigit()) {
                digits = digits || c.isDigit();
                ++end;
            } else if (isApostrophe(c) && end + 1 < n && isLetter(text.at(end + 1))) {
                ++end;
            } else {
                break;
            }
        }
        if (!digits && end - i > 1) {
            QString word = text.mid(i, end - i);
            word.replace(typographicApostrophe, apostrophe);
            words.append({i, end - i, word});
        }
        i = end;
    }
    return words;
}

SpellingWords::Word SpellingWords::wordAt(const QString& text, int position)
{
    const QVector<Word> words = split(text);
    for (const Word& word : words) {
        if (position >= word.start && position <= word.start + word.length)
            return word;
    }
    return {};
}

bool SpellingWords::isCorrect(const QString& word, const QString& language,
                              const std::function<bool(const QString&)>& dictionaryKnows)
{
    if (dictionaryKnows(word))
        return true;
    const bool welsh = language == QLatin1String("cy");
    if (welsh && welshContractions().contains(word.toLower()))
        return true;
    const int mark = int(word.indexOf(apostrophe, 1));
    if (mark < 0)
        return false;
    const QString before = word.left(mark);
    const QString after = word.mid(mark + 1);
    if (welsh) {
        // mae'r, gyda'i, o'n, sy'n, fan'na: a right word, then a clitic.
        return welshClitics().contains(after.toLower()) && knownPart(before, dictionaryKnows);
    }
    // English: the possessive ("Siân's", "the team's").
    return after.compare(QLatin1String("s"), Qt::CaseInsensitive) == 0 && dictionaryKnows(before);
}

} // namespace myfyrio
