#include "core/cpd/cpdsettings.h"

#include "core/util/appsettings.h"
#include "core/util/timestamps.h"

namespace myfyrio {

namespace {

const QString regulatorKey = QStringLiteral("cpd/regulator");
const QString cycleStartKey = QStringLiteral("cpd/cycleStart");

} // namespace

CpdSettings CpdSettings::load()
{
    auto stored = appSettings();
    CpdSettings settings;
    settings.regulator = Regulators::fromCode(stored->value(regulatorKey).toString()).value_or(Regulator::None);
    settings.cycleStart = timestamps::parseIsoDate(stored->value(cycleStartKey).toString());
    return settings;
}

void CpdSettings::save(const CpdSettings& settings)
{
    auto stored = appSettings();
    stored->setValue(regulatorKey, Regulators::code(settings.regulator));
    if (settings.cycleStart.isValid())
        stored->setValue(cycleStartKey, timestamps::toStorage(settings.cycleStart));
    else
        stored->remove(cycleStartKey);
    stored->sync();
    emit CpdSettingsSignals::instance().changed();
}

CpdSettingsSignals& CpdSettingsSignals::instance()
{
    static CpdSettingsSignals signalsObject;
    return signalsObject;
}

} // namespace myfyrio
