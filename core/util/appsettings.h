#pragma once

#include <QSettings>

#include <memory>

namespace myfyrio {

/// The user's settings: $XDG_CONFIG_HOME/myfyrio/myfyrio.ini (interface language,
/// window geometry). The journal itself never lives here.
inline std::unique_ptr<QSettings> appSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("myfyrio"),
                                       QStringLiteral("myfyrio"));
}

} // namespace myfyrio
