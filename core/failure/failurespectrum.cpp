#include "core/failure/failurespectrum.h"

#include "core/i18n/translations.h"

#include <QStringList>

namespace myfyrio {

namespace {

// The texts are marked here and translated where they are shown, so that the
// interface and the reports read the same table in either language.
struct ReasonEntry {
    FailureReason reason;
    const char* code;
    const char* label;
    const char* definition;
    FailureType suggested;
};

// Definitions paraphrase Edmondson's "spectrum of reasons for failure" (HBR,
// April 2011), worded to turn the writer from blame towards what the system did.
const ReasonEntry reasonTable[] = {
    {FailureReason::Deviance, "deviance", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Deviance"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "Someone chose to break a prescribed process or practice. Ask what made breaking it "
                       "seem the better choice at the time."),
     FailureType::Basic},
    {FailureReason::Inattention, "inattention", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Inattention"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "Someone drifted from what was intended without meaning to. Inattention at the end of an "
                       "over-long shift points at whoever set the shift."),
     FailureType::Basic},
    {FailureReason::LackOfAbility, "lack_of_ability", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Lack of ability"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "Someone did not have the skills, conditions or training the job needed. That says as much "
                       "about how the work was set up as about the person."),
     FailureType::Basic},
    {FailureReason::ProcessInadequacy, "process_inadequacy",
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Process inadequacy"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "A competent person followed a prescribed process that was faulty or incomplete."),
     FailureType::Basic},
    {FailureReason::TaskChallenge, "task_challenge", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Task challenge"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "The task was too hard to do reliably every time."),
     FailureType::Basic},
    {FailureReason::ProcessComplexity, "process_complexity",
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Process complexity"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "A process with many parts broke down when those parts met in a way nobody had seen before."),
     FailureType::Complex},
    {FailureReason::Uncertainty, "uncertainty", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Uncertainty"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "Nobody could see clearly what was coming, and reasonable actions led to a bad result."),
     FailureType::Complex},
    {FailureReason::HypothesisTesting, "hypothesis_testing",
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Hypothesis testing"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "An experiment meant to show that an idea works did not work."),
     FailureType::Intelligent},
    {FailureReason::ExploratoryTesting, "exploratory_testing",
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Exploratory testing"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "An experiment to learn about a possibility led to a result nobody wanted."),
     FailureType::Intelligent},
};

struct TypeEntry {
    FailureType type;
    const char* code;
    const char* label;
    const char* definition;
};

const TypeEntry typeTable[] = {
    {FailureType::Basic, "basic", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Basic"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Preventable, in known territory, usually with one cause.")},
    {FailureType::Complex, "complex", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Complex"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "Several causes together in a familiar setting, often with some bad luck.")},
    {FailureType::Intelligent, "intelligent", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Intelligent"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum",
                       "An unwanted result of a thoughtful step into new territory, kept as small as possible.")},
};

struct SettingEntry {
    FailureSetting setting;
    const char* code;
    const char* label;
    const char* definition;
};

const SettingEntry settingTable[] = {
    {FailureSetting::Consistent, "consistent", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Consistent"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Familiar work, done the same way each time.")},
    {FailureSetting::Variable, "variable", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Variable"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Familiar work whose conditions change from day to day.")},
    {FailureSetting::Novel, "novel", QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "Novel"),
     QT_TRANSLATE_NOOP("myfyrio::FailureSpectrum", "New territory: nobody here has done this before.")},
};

template <typename Table, typename Key> const auto& entryOf(const Table& table, Key key)
{
    // Every enumerator has an entry, in enumerator order.
    return table[static_cast<int>(key)];
}

QString translated(const char* source)
{
    return QCoreApplication::translate(FailureSpectrum::context(), source);
}

QString translated(const char* source, const QString& language)
{
    return Translations::translate(language, FailureSpectrum::context(), source);
}

} // namespace

const QVector<FailureReason>& FailureSpectrum::reasons()
{
    static const QVector<FailureReason> all = [] {
        QVector<FailureReason> list;
        for (const ReasonEntry& entry : reasonTable)
            list.append(entry.reason);
        return list;
    }();
    return all;
}

const QVector<FailureType>& FailureSpectrum::types()
{
    static const QVector<FailureType> all = {FailureType::Basic, FailureType::Complex, FailureType::Intelligent};
    return all;
}

const QVector<FailureSetting>& FailureSpectrum::settings()
{
    static const QVector<FailureSetting> all = {FailureSetting::Consistent, FailureSetting::Variable,
                                                FailureSetting::Novel};
    return all;
}

int FailureSpectrum::position(FailureReason reason)
{
    return static_cast<int>(reason) + 1;
}

QString FailureSpectrum::code(FailureReason reason)
{
    return QLatin1String(entryOf(reasonTable, reason).code);
}

QString FailureSpectrum::code(FailureType type)
{
    return QLatin1String(entryOf(typeTable, type).code);
}

QString FailureSpectrum::code(FailureSetting setting)
{
    return QLatin1String(entryOf(settingTable, setting).code);
}

std::optional<FailureReason> FailureSpectrum::reasonFromCode(const QString& text)
{
    for (const ReasonEntry& entry : reasonTable)
        if (text == QLatin1String(entry.code))
            return entry.reason;
    return std::nullopt;
}

std::optional<FailureType> FailureSpectrum::typeFromCode(const QString& text)
{
    for (const TypeEntry& entry : typeTable)
        if (text == QLatin1String(entry.code))
            return entry.type;
    return std::nullopt;
}

std::optional<FailureSetting> FailureSpectrum::settingFromCode(const QString& text)
{
    for (const SettingEntry& entry : settingTable)
        if (text == QLatin1String(entry.code))
            return entry.setting;
    return std::nullopt;
}

QString FailureSpectrum::reasonCodes()
{
    QStringList codes;
    for (const ReasonEntry& entry : reasonTable)
        codes.append(QLatin1String(entry.code));
    return codes.join(QStringLiteral(", "));
}

FailureType FailureSpectrum::suggestedType(FailureReason reason)
{
    return entryOf(reasonTable, reason).suggested;
}

QString FailureSpectrum::label(FailureReason reason)
{
    return translated(entryOf(reasonTable, reason).label);
}
QString FailureSpectrum::definition(FailureReason reason)
{
    return translated(entryOf(reasonTable, reason).definition);
}
QString FailureSpectrum::label(FailureType type)
{
    return translated(entryOf(typeTable, type).label);
}
QString FailureSpectrum::definition(FailureType type)
{
    return translated(entryOf(typeTable, type).definition);
}
QString FailureSpectrum::label(FailureSetting setting)
{
    return translated(entryOf(settingTable, setting).label);
}
QString FailureSpectrum::definition(FailureSetting setting)
{
    return translated(entryOf(settingTable, setting).definition);
}

QString FailureSpectrum::label(FailureReason reason, const QString& language)
{
    return translated(entryOf(reasonTable, reason).label, language);
}

QString FailureSpectrum::definition(FailureReason reason, const QString& language)
{
    return translated(entryOf(reasonTable, reason).definition, language);
}

QString FailureSpectrum::label(FailureType type, const QString& language)
{
    return translated(entryOf(typeTable, type).label, language);
}

QString FailureSpectrum::definition(FailureType type, const QString& language)
{
    return translated(entryOf(typeTable, type).definition, language);
}

QString FailureSpectrum::label(FailureSetting setting, const QString& language)
{
    return translated(entryOf(settingTable, setting).label, language);
}

QString FailureSpectrum::definition(FailureSetting setting, const QString& language)
{
    return translated(entryOf(settingTable, setting).definition, language);
}

} // namespace myfyrio
