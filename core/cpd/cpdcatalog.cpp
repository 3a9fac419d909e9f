#include "core/cpd/cpdcatalog.h"

#include "core/i18n/translations.h"

#include <QRegularExpression>

namespace myfyrio {

namespace {

struct Entry {
    const char* code;
    const char* label;
};

const char* const catalogContext = "myfyrio::CpdCatalog";

constexpr Entry types[] = {
    {"course", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "Course or training")},
    {"reading", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "Reading")},
    {"supervision", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "Supervision")},
    {"peer_discussion", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "Peer discussion")},
    {"practice", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "Learning in practice")},
    {"other", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "Other")},
};

// The NMC Code's four themes, and the sections of the Social Care Wales Code
// of Professional Practice (section 7 is for those who manage or lead staff).
constexpr Entry standards[] = {
    {"nmc_prioritise_people", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "NMC Code: Prioritise people")},
    {"nmc_practise_effectively", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "NMC Code: Practise effectively")},
    {"nmc_preserve_safety", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "NMC Code: Preserve safety")},
    {"nmc_promote_professionalism",
     QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "NMC Code: Promote professionalism and trust")},
    {"scw_1", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog",
                                "SCW Code 1: Respect the views and wishes, and promote the rights and interests, "
                                "of individuals and carers")},
    {"scw_2", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog",
                                "SCW Code 2: Establish and keep the trust and confidence of individuals and carers")},
    {"scw_3", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog",
                                "SCW Code 3: Promote the well-being, voice and control of individuals and carers "
                                "while supporting them to stay safe")},
    {"scw_4", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog",
                                "SCW Code 4: Respect the rights of individuals while seeking to ensure that their "
                                "behaviour does not harm themselves or others")},
    {"scw_5",
     QT_TRANSLATE_NOOP("myfyrio::CpdCatalog",
                       "SCW Code 5: Act with integrity and uphold public trust and confidence in social care")},
    {"scw_6", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog",
                                "SCW Code 6: Be accountable for the quality of your work and for maintaining and "
                                "developing your knowledge and skills")},
    {"scw_7", QT_TRANSLATE_NOOP("myfyrio::CpdCatalog", "SCW Code 7: Embed the Code in the work of the staff you lead")},
};

template <size_t N> QStringList codesOf(const Entry (&entries)[N])
{
    QStringList codes;
    for (const Entry& entry : entries)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

template <size_t N> QString labelOf(const Entry (&entries)[N], const QString& code, const QString& language)
{
    for (const Entry& entry : entries) {
        if (code == QLatin1String(entry.code))
            return Translations::translate(language, catalogContext, entry.label);
    }
    return code;
}

} // namespace

QStringList CpdCatalog::typeCodes()
{
    return codesOf(types);
}

QString CpdCatalog::typeLabel(const QString& code, const QString& language)
{
    return labelOf(types, code, language);
}

QStringList CpdCatalog::standardCodes()
{
    return codesOf(standards);
}

QString CpdCatalog::standardLabel(const QString& code, const QString& language)
{
    return labelOf(standards, code, language);
}

QStringList CpdCatalog::standardsOf(const QString& body)
{
    QStringList codes;
    for (const QString& code : standardCodes()) {
        if (code.startsWith(body + QLatin1Char('_')))
            codes << code;
    }
    return codes;
}

int CpdCatalog::quarterHoursFromText(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,4})(?:[.,](\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return -1;
    const int whole = match.captured(1).toInt();
    const QString fraction = match.captured(2);
    int quarters = 0;
    if (fraction.isEmpty() || fraction == QLatin1String("0") || fraction == QLatin1String("00"))
        quarters = 0;
    else if (fraction == QLatin1String("25"))
        quarters = 1;
    else if (fraction == QLatin1String("5") || fraction == QLatin1String("50"))
        quarters = 2;
    else if (fraction == QLatin1String("75"))
        quarters = 3;
    else
        return -1;
    const int total = whole * 4 + quarters;
    return total <= 4000 ? total : -1;
}

QString CpdCatalog::hoursText(int quarterHours, const QString& language)
{
    const QLocale locale = Translations::locale(language);
    return locale.toString(quarterHours / 4.0, 'f', quarterHours % 4 == 0 ? 0 : (quarterHours % 2 == 0 ? 1 : 2));
}

QString CpdCatalog::hoursCode(int quarterHours)
{
    return QString::number(quarterHours / 4.0, 'f', quarterHours % 4 == 0 ? 0 : (quarterHours % 2 == 0 ? 1 : 2));
}

} // namespace myfyrio
