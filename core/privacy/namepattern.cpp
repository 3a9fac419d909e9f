#include "core/privacy/namepattern.h"

#include <algorithm>

namespace myfyrio {

namespace {

struct Mutation {
    const char* radical; ///< the start of the word, lower case
    QStringList forms;   ///< what it becomes: soft, nasal, aspirate (as they exist)
};

// Checked in order: digraphs that never mutate (ch, ph, th) and ll / rh come
// before the single letters they start with.
const QVector<Mutation>& mutationTable()
{
    static const QVector<Mutation> table = {
        {"ch", {}},
        {"ph", {}},
        {"th", {}},
        {"ll", {QStringLiteral("l")}},
        {"rh", {QStringLiteral("r")}},
        {"p", {QStringLiteral("b"), QStringLiteral("mh"), QStringLiteral("ph")}},
        {"t", {QStringLiteral("d"), QStringLiteral("nh"), QStringLiteral("th")}},
        {"c", {QStringLiteral("g"), QStringLiteral("ngh"), QStringLiteral("ch")}},
        {"b", {QStringLiteral("f"), QStringLiteral("m")}},
        {"d", {QStringLiteral("dd"), QStringLiteral("n")}},
        {"g", {QString(), QStringLiteral("ng")}},
        {"m", {QStringLiteral("f")}},
    };
    return table;
}

QChar baseLetter(QChar c)
{
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    return decomposed.isEmpty() ? c : decomposed.at(0).toLower();
}

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouwy").contains(baseLetter(c));
}

QString capitalised(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

/// A letter with every accent Welsh and English names carry: "a" → [aâáàä].
QString letterPattern(QChar c)
{
    static const QHash<QChar, QString> accented = {
        {QLatin1Char('a'), QStringLiteral("aâáàä")}, {QLatin1Char('e'), QStringLiteral("eêéèë")},
        {QLatin1Char('i'), QStringLiteral("iîíìï")}, {QLatin1Char('o'), QStringLiteral("oôóòö")},
        {QLatin1Char('u'), QStringLiteral("uûúùü")}, {QLatin1Char('w'), QStringLiteral("wŵẃẁẅ")},
        {QLatin1Char('y'), QStringLiteral("yŷýỳÿ")},
    };
    const auto found = accented.constFind(baseLetter(c));
    if (found != accented.constEnd())
        return QLatin1Char('[') + *found + QLatin1Char(']');
    return QRegularExpression::escape(QString(c));
}

QString namePattern(const QString& name)
{
    QString pattern;
    bool inSpace = false;
    for (const QChar c : name) {
        if (c.isSpace()) {
            if (!inSpace)
                pattern += QStringLiteral("[ \\t\\x{00A0}]+");
            inSpace = true;
            continue;
        }
        inSpace = false;
        pattern += letterPattern(c);
    }
    return pattern;
}

} // namespace

QStringList NamePattern::mutations(const QString& name)
{
    QStringList forms{name};
    const QString lower = name.toLower();
    if (lower.isEmpty())
        return forms;
    if (isVowel(lower.at(0))) {
        forms << QStringLiteral("H") + lower.left(1) + name.mid(1);
        return forms;
    }
    for (const Mutation& mutation : mutationTable()) {
        const QString radical = QString::fromLatin1(mutation.radical);
        if (!lower.startsWith(radical))
            continue;
        for (const QString& start : mutation.forms) {
            const QString rest = start + lower.mid(radical.size(), 1) + name.mid(radical.size() + 1);
            if (rest.size() > 1)
                forms << capitalised(rest);
        }
        break;
    }
    return forms;
}

NamePattern::NamePattern(const ProtectedNames& names)
{
    QStringList forms;
    for (const QString& name : names.names()) {
        forms << mutations(name);
        // A first name on its own is how people are usually written about.
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1 && words.constFirst().size() >= 3)
            forms << mutations(words.constFirst());
    }
    forms.removeDuplicates();
    if (forms.isEmpty())
        return;
    // The longest first, so that "Mary Jones" wins over "Mary" at the same place.
    std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString& form : std::as_const(forms))
        alternatives << namePattern(form);
    m_expression.setPattern(QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}_])(?:") + alternatives.join(QLatin1Char('|'))
                            + QStringLiteral(")(?![\\p{L}\\p{M}\\p{N}_])"));
    m_expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption
                                   | QRegularExpression::UseUnicodePropertiesOption);
    m_empty = false;
}

} // namespace myfyrio
