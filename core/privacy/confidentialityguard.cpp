#include "core/privacy/confidentialityguard.h"

#include "core/i18n/translations.h"
#include "core/privacy/namepattern.h"

#include <QRegularExpression>

#include <algorithm>

namespace myfyrio {

namespace {

constexpr int contextLength = 40;

const char* const guardContext = "myfyrio::ConfidentialityGuard";

const char* placeholderSource(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::NhsNumber:
        //: Put in a shared report in place of an NHS number (Welsh: rhif GIG).
        return QT_TRANSLATE_NOOP("myfyrio::ConfidentialityGuard", "[NHS number]");
    case IdentifierKind::Postcode:
        return QT_TRANSLATE_NOOP("myfyrio::ConfidentialityGuard", "[postcode]");
    case IdentifierKind::DateOfBirth:
        return QT_TRANSLATE_NOOP("myfyrio::ConfidentialityGuard", "[date of birth]");
    case IdentifierKind::PhoneNumber:
        return QT_TRANSLATE_NOOP("myfyrio::ConfidentialityGuard", "[phone number]");
    case IdentifierKind::EmailAddress:
        return QT_TRANSLATE_NOOP("myfyrio::ConfidentialityGuard", "[email address]");
    case IdentifierKind::Name:
        return QT_TRANSLATE_NOOP("myfyrio::ConfidentialityGuard", "[name]");
    }
    return "";
}

QRegularExpression unicode(const QString& pattern, bool caseInsensitive = true)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

const QRegularExpression& nhsPattern()
{
    // Ten digits, in threes and a four with one kind of separator, or run together.
    static const QRegularExpression pattern =
        unicode(QStringLiteral("(?<![\\p{L}\\p{N}])\\d{3}([ -]?)\\d{3}\\1\\d{4}(?![\\p{L}\\p{N}])"));
    return pattern;
}

const QRegularExpression& postcodePattern()
{
    // The shapes A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA (and GIR 0AA),
    // with the letters the Royal Mail leaves out of each place.
    static const QRegularExpression pattern =
        unicode(QStringLiteral("(?<![\\p{L}\\p{N}])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]?[ "
                               "\\x{00A0}]?[0-9][ABD-HJLNP-UW-Z]{2})"
                               "(?![\\p{L}\\p{N}])"));
    return pattern;
}

const QRegularExpression& emailPattern()
{
    static const QRegularExpression pattern =
        unicode(QStringLiteral("(?<![\\w.%+-])[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}(?![\\w])"));
    return pattern;
}

const QRegularExpression& phonePattern()
{
    // A candidate: +44 or 0, then digits with single spaces, hyphens or brackets;
    // phoneDigitsFit() then checks the number of digits.
    static const QRegularExpression pattern = unicode(QStringLiteral(
        "(?<![\\p{L}\\p{N}+])(?:\\+44[ -]?(?:\\(0\\)[ -]?)?|\\(?0)\\d(?:[ -]?\\)?[ -]?\\d){7,10}(?!\\d)"));
    return pattern;
}

const QRegularExpression& dateOfBirthPattern()
{
    // A date right after words that say it is a birthday. Only the date is the finding.
    static const QString months =
        QStringLiteral("Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                       "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|"
                       "Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr");
    static const QRegularExpression pattern = unicode(
        QStringLiteral("(?<![\\p{L}])(?:D\\.?O\\.?B\\.?|date of birth|birth ?date|born(?: on)?|dyddiad geni|"
                       "ganwyd(?: (?:hi|ef|e|o))?(?: ar)?|ganed(?: (?:hi|ef|e|o))?(?: ar)?)[ \\t]*[:\\-–]?[ \\t]*"
                       "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|"
                       "\\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|fed|eg)?[ \\t]+(?:")
        + months + QStringLiteral(")\\.?,?[ \\t]+\\d{4})(?!\\d)"));
    return pattern;
}

bool phoneDigitsFit(const QString& match)
{
    QString digits;
    for (const QChar c : match) {
        if (c.isDigit())
            digits += c;
    }
    if (match.startsWith(QLatin1String("+44"))) {
        digits = digits.mid(2); // the country code
        if (digits.startsWith(QLatin1Char('0')))
            digits = digits.mid(1); // a written (0)
    } else {
        digits = digits.mid(1); // the trunk 0
    }
    // UK numbers have nine or ten digits after the 0, starting 1, 2, 3, 5, 7, 8 or 9.
    return (digits.size() == 9 || digits.size() == 10) && QStringLiteral("1235789").contains(digits.at(0));
}

bool looksLikeName(const QString& match)
{
    // Names are written with a capital; after a Welsh h-prothesis the capital comes second (ei hAnwen).
    if (match.at(0).isUpper())
        return true;
    return match.size() > 1 && match.at(0) == QLatin1Char('h') && match.at(1).isUpper();
}

void addMatches(Findings& findings, const QString& text, const QRegularExpression& pattern, IdentifierKind kind,
                int group = 0, bool (*accept)(const QString&) = nullptr)
{
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.captured(group);
        if (found.isEmpty() || (accept && !accept(found)))
            continue;
        Finding finding;
        finding.kind = kind;
        finding.position = static_cast<int>(match.capturedStart(group));
        finding.length = static_cast<int>(match.capturedLength(group));
        finding.text = found;
        findings.append(finding);
    }
}

void addContext(Finding& finding, const QString& text)
{
    int start = finding.position;
    while (start > 0 && finding.position - start < contextLength && text.at(start - 1) != QLatin1Char('\n'))
        --start;
    int end = finding.end();
    while (end < text.size() && end - finding.end() < contextLength && text.at(end) != QLatin1Char('\n'))
        ++end;
    finding.before = text.mid(start, finding.position - start);
    finding.after = text.mid(finding.end(), end - finding.end());
    // Cut at a word, and say that there is more.
    if (start > 0 && text.at(start - 1) != QLatin1Char('\n')) {
        const int space = static_cast<int>(finding.before.indexOf(QLatin1Char(' ')));
        finding.before = QStringLiteral("…") + (space >= 0 ? finding.before.mid(space + 1) : finding.before);
    }
    if (end < text.size() && text.at(end) != QLatin1Char('\n')) {
        const int space = static_cast<int>(finding.after.lastIndexOf(QLatin1Char(' ')));
        finding.after = (space > 0 ? finding.after.left(space) : finding.after) + QStringLiteral("…");
    }
}

} // namespace

bool ConfidentialityGuard::isValidNhsNumber(const QString& number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return false;
    }
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == digits.at(9).digitValue();
}

Findings ConfidentialityGuard::scan(const QString& text, const ProtectedNames& names)
{
    Findings all;
    addMatches(all, text, emailPattern(), IdentifierKind::EmailAddress);
    addMatches(all, text, nhsPattern(), IdentifierKind::NhsNumber, 0, &ConfidentialityGuard::isValidNhsNumber);
    addMatches(all, text, phonePattern(), IdentifierKind::PhoneNumber, 0, &phoneDigitsFit);
    addMatches(all, text, dateOfBirthPattern(), IdentifierKind::DateOfBirth, 1);
    addMatches(all, text, postcodePattern(), IdentifierKind::Postcode);
    const NamePattern namePattern(names);
    if (!namePattern.isEmpty())
        addMatches(all, text, namePattern.expression(), IdentifierKind::Name, 0, &looksLikeName);

    // The first to start wins; at the same place, the longest (an email address over the name in it).
    std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    Findings findings;
    int reached = 0;
    for (Finding& finding : all) {
        if (finding.position < reached)
            continue;
        reached = finding.end();
        addContext(finding, text);
        findings.append(finding);
    }
    return findings;
}

QString ConfidentialityGuard::redact(const QString& text, const Findings& findings, const Redaction& redaction)
{
    QString result;
    int copied = 0;
    for (const Finding& finding : findings) {
        if (finding.position < copied || finding.end() > text.size())
            continue;
        if (redaction.kept.contains(finding.text))
            continue;
        result += text.mid(copied, finding.position - copied);
        result += redaction.replacements.value(finding.text, placeholder(finding.kind, redaction.language));
        copied = finding.end();
    }
    result += text.mid(copied);
    return result;
}

QString ConfidentialityGuard::redact(const QString& text, const ProtectedNames& names, const QString& language)
{
    Redaction redaction;
    redaction.language = language;
    return redact(text, scan(text, names), redaction);
}

QString ConfidentialityGuard::placeholder(IdentifierKind kind, const QString& language)
{
    const char* source = placeholderSource(kind);
    if (language == QLatin1String("both")) {
        QString welsh = Translations::translate(Translations::welsh(), guardContext, source);
        QString english = Translations::translate(Translations::english(), guardContext, source);
        // "[enw]" and "[name]" become "[enw / name]".
        return welsh.chopped(1) + QStringLiteral(" / ") + english.mid(1);
    }
    return Translations::translate(language, guardContext, source);
}

QString ConfidentialityGuard::kindLabel(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::NhsNumber:
        return tr("NHS number");
    case IdentifierKind::Postcode:
        return tr("Postcode");
    case IdentifierKind::DateOfBirth:
        return tr("Date of birth");
    case IdentifierKind::PhoneNumber:
        return tr("Phone number");
    case IdentifierKind::EmailAddress:
        return tr("Email address");
    case IdentifierKind::Name:
        return tr("Name of someone you protect");
    }
    return {};
}

QString ConfidentialityGuard::kindCode(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::NhsNumber:
        return QStringLiteral("nhs-number");
    case IdentifierKind::Postcode:
        return QStringLiteral("postcode");
    case IdentifierKind::DateOfBirth:
        return QStringLiteral("date-of-birth");
    case IdentifierKind::PhoneNumber:
        return QStringLiteral("phone-number");
    case IdentifierKind::EmailAddress:
        return QStringLiteral("email-address");
    case IdentifierKind::Name:
        return QStringLiteral("name");
    }
    return {};
}

} // namespace myfyrio
