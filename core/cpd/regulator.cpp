#include "core/cpd/regulator.h"

#include "core/i18n/translations.h"

namespace myfyrio {

namespace {

struct Entry {
    Regulator regulator;
    const char* code;
    const char* name;
};

constexpr Entry entries[] = {
    {Regulator::None, "none", QT_TRANSLATE_NOOP("myfyrio::Regulators", "No regulator")},
    {Regulator::Nmc, "nmc", QT_TRANSLATE_NOOP("myfyrio::Regulators", "Nursing and Midwifery Council")},
    {Regulator::Swe, "swe", QT_TRANSLATE_NOOP("myfyrio::Regulators", "Social Work England")},
    {Regulator::ScwSocialWorker, "scw-social-worker",
     QT_TRANSLATE_NOOP("myfyrio::Regulators", "Social Care Wales: social worker")},
    {Regulator::ScwManager, "scw-manager", QT_TRANSLATE_NOOP("myfyrio::Regulators", "Social Care Wales: manager")},
    {Regulator::ScwCareWorker, "scw-care-worker",
     QT_TRANSLATE_NOOP("myfyrio::Regulators", "Social Care Wales: care worker")},
    {Regulator::Hcpc, "hcpc", QT_TRANSLATE_NOOP("myfyrio::Regulators", "Health and Care Professions Council")},
};

constexpr int quarters(int hours)
{
    return hours * 4;
}

} // namespace

QList<Regulator> Regulators::all()
{
    QList<Regulator> result;
    for (const Entry& entry : entries)
        result << entry.regulator;
    return result;
}

QString Regulators::code(Regulator regulator)
{
    for (const Entry& entry : entries) {
        if (entry.regulator == regulator)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<Regulator> Regulators::fromCode(const QString& code)
{
    for (const Entry& entry : entries) {
        if (code == QLatin1String(entry.code))
            return entry.regulator;
    }
    return std::nullopt;
}

QStringList Regulators::codes()
{
    QStringList result;
    for (const Entry& entry : entries) {
        if (entry.regulator != Regulator::None)
            result << QString::fromLatin1(entry.code);
    }
    return result;
}

QString Regulators::name(Regulator regulator, const QString& language)
{
    for (const Entry& entry : entries) {
        if (entry.regulator == regulator)
            return Translations::translate(language, "myfyrio::Regulators", entry.name);
    }
    return {};
}

CpdRequirement Regulators::requirement(Regulator regulator)
{
    CpdRequirement r;
    switch (regulator) {
    case Regulator::Nmc:
        r.cycleMonths = 36;
        r.quarterHours = quarters(35);
        r.participatoryQuarterHours = quarters(20);
        r.reflectiveAccounts = 5;
        break;
    case Regulator::Swe:
        r.cycleMonths = 12;
        r.records = 2;
        r.peerRecords = 1;
        r.fixedYear = true;
        break;
    case Regulator::ScwSocialWorker:
    case Regulator::ScwManager:
        r.cycleMonths = 36;
        r.quarterHours = quarters(90);
        break;
    case Regulator::ScwCareWorker:
        r.cycleMonths = 36;
        r.quarterHours = quarters(45);
        break;
    case Regulator::Hcpc:
        r.cycleMonths = 24;
        r.activities = 12;
        r.gapMonths = 3;
        break;
    case Regulator::None:
        r.cycleMonths = 12;
        break;
    }
    return r;
}

bool Regulators::publishesWelsh(Regulator regulator)
{
    return regulator == Regulator::ScwSocialWorker || regulator == Regulator::ScwManager
           || regulator == Regulator::ScwCareWorker;
}

QString Regulators::standardsBody(Regulator regulator)
{
    if (regulator == Regulator::Nmc)
        return QStringLiteral("nmc");
    if (publishesWelsh(regulator))
        return QStringLiteral("scw");
    return {};
}

} // namespace myfyrio
