#include "core/search/welshmutation.h"

#include <QRegularExpression>

namespace myfyrio {

namespace {

/// The Welsh digraphs, longest first where one begins another ("ngh" is the
/// nasal mutation of c, and is read before "ng").
const QStringList& digraphs()
{
    static const QStringList list = {QStringLiteral("ngh"), QStringLiteral("ch"), QStringLiteral("dd"),
                                     QStringLiteral("ff"),  QStringLiteral("ng"), QStringLiteral("ll"),
                                     QStringLiteral("ph"),  QStringLiteral("rh"), QStringLiteral("th"),
                                     QStringLiteral("mh"),  QStringLiteral("nh")};
    return list;
}

/// The first letter of a word, a digraph counting as one letter.
QString firstLetter(const QString& word)
{
    for (const QString& digraph : digraphs()) {
        if (word.startsWith(digraph) && word.size() > digraph.size())
            return digraph;
    }
    return word.left(1);
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ");
    return vowels.contains(c);
}

struct Rule {
    const char* radical;
    const char* soft;
    const char* nasal;
    const char* aspirate;
};

// The mutation table. A null entry means that mutation leaves the letter as it is;
// an empty string (soft g) means the letter is dropped.
constexpr Rule rules[] = {
    {"p", "b", "mh", "ph"},        {"t", "d", "nh", "th"},       {"c", "g", "ngh", "ch"},
    {"b", "f", "m", nullptr},      {"d", "dd", "n", nullptr},    {"g", "", "ng", nullptr},
    {"ll", "l", nullptr, nullptr}, {"m", "f", nullptr, nullptr}, {"rh", "r", nullptr, nullptr},
};

const char* replacement(const Rule& rule, WelshMutation::Kind kind)
{
    switch (kind) {
    case WelshMutation::Kind::Soft:
        return rule.soft;
    case WelshMutation::Kind::Nasal:
        return rule.nasal;
    case WelshMutation::Kind::Aspirate:
        return rule.aspirate;
    case WelshMutation::Kind::HProthesis:
        return nullptr;
    }
    return nullptr;
}

void appendOnce(QStringList& list, const QString& form)
{
    if (!form.isEmpty() && !list.contains(form))
        list.append(form);
}

} // namespace

QString WelshMutation::mutate(const QString& word, Kind kind)
{
    const QString lower = word.toLower();
    if (lower.isEmpty())
        return {};
    if (kind == Kind::HProthesis)
        return isVowel(lower.at(0)) ? QStringLiteral("h") + lower : QString();
    const QString letter = firstLetter(lower);
    for (const Rule& rule : rules) {
        if (letter != QLatin1String(rule.radical))
            continue;
        const char* to = replacement(rule, kind);
        if (!to)
            return {};
        const QString result = QLatin1String(to) + lower.mid(letter.size());
        // Soft g before nothing, or a word made of "g" alone, has no form left.
        return result.isEmpty() ? QString() : result;
    }
    return {};
}

QStringList WelshMutation::mutatedForms(const QString& radical)
{
    QStringList forms;
    for (Kind kind : {Kind::Soft, Kind::Nasal, Kind::Aspirate, Kind::HProthesis})
        appendOnce(forms, mutate(radical, kind));
    forms.removeAll(radical.toLower());
    return forms;
}

QStringList WelshMutation::radicals(const QString& word)
{
    const QString lower = word.toLower();
    QStringList candidates;
    if (lower.isEmpty())
        return candidates;
    const QString letter = firstLetter(lower);
    const QString rest = lower.mid(letter.size());
    // Read the table backwards: every radical whose mutation begins like this word.
    for (const Rule& rule : rules) {
        for (Kind kind : {Kind::Soft, Kind::Nasal, Kind::Aspirate}) {
            const char* to = replacement(rule, kind);
            if (!to || !*to)
                continue;
            if (letter == QLatin1String(to))
                appendOnce(candidates, QLatin1String(rule.radical) + rest);
        }
    }
    // Soft mutation drops g: "ardd" may be "gardd", "waith" "gwaith", "lan" "glan", "ras" "gras".
    if (isVowel(lower.at(0)) || letter == QLatin1String("l") || letter == QLatin1String("r"))
        appendOnce(candidates, QStringLiteral("g") + lower);
    // h before a vowel: "henw" may be "enw".
    if (letter == QLatin1String("h") && lower.size() > 1 && isVowel(lower.at(1)))
        appendOnce(candidates, lower.mid(1));
    candidates.removeAll(lower);
    return candidates;
}

QStringList WelshMutation::searchForms(const QString& word)
{
    const QString lower = word.toLower();
    QStringList forms{lower};
    if (lower.size() < 3)
        return forms;
    QStringList bases{lower};
    bases += radicals(lower);
    for (const QString& base : std::as_const(bases)) {
        appendOnce(forms, base);
        for (const QString& form : mutatedForms(base)) {
            if (form.size() >= 2)
                appendOnce(forms, form);
        }
    }
    return forms;
}

bool WelshMutation::looksWelsh(const QString& word)
{
    static const QRegularExpression welshOnly(QStringLiteral("^(ngh|mh|nh|dd|ll|rh)|[ŵŷâêîôû]"),
                                              QRegularExpression::CaseInsensitiveOption);
    return welshOnly.match(word).hasMatch();
}

} // namespace myfyrio
