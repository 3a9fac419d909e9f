#pragma once

#include "core/cpd/regulator.h"

#include <QDate>
#include <QObject>

namespace myfyrio {

/// The writer's regulator and the day their current CPD cycle started
/// (Edit ▸ Preferences), kept in the user's settings.
struct CpdSettings {
    Regulator regulator = Regulator::None;
    QDate cycleStart; ///< invalid when not set

    static CpdSettings load();
    /// Saves them and tells CpdSettingsSignals::instance() listeners.
    static void save(const CpdSettings& settings);
};

/// Announces that the CPD settings changed, so that the CPD view follows
/// Preferences without either knowing the other.
class CpdSettingsSignals : public QObject
{
    Q_OBJECT

public:
    static CpdSettingsSignals& instance();

signals:
    void changed();

private:
    CpdSettingsSignals() = default;
};

} // namespace myfyrio
