#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace myfyrio {

/// The scale of the system a reflection is about: a person, an organisation, a place,
/// or a country or region. Stored as its code; empty means none was chosen.
class SystemScale
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SystemScale)

public:
    static QString person() { return QStringLiteral("person"); }
    static QString organisation() { return QStringLiteral("organisation"); }
    static QString place() { return QStringLiteral("place"); }
    static QString country() { return QStringLiteral("country"); }

    /// Every scale code, smallest first.
    static QStringList codes() { return {person(), organisation(), place(), country()}; }
    static bool isCode(const QString& code) { return codes().contains(code); }

    /// The scale's name in the interface language ("Person", "Country or region").
    static QString label(const QString& code);
};

} // namespace myfyrio
