#include "core/privacy/protectednames.h"

#include "core/util/appsettings.h"

#include <QFile>

namespace myfyrio {

ProtectedNames::ProtectedNames(const QStringList& names)
{
    for (const QString& name : names) {
        const QString clean = name.simplified();
        if (clean.isEmpty())
            continue;
        bool known = false;
        for (const QString& kept : std::as_const(m_names))
            known = known || kept.compare(clean, Qt::CaseInsensitive) == 0;
        if (!known)
            m_names.append(clean);
    }
}

ProtectedNames ProtectedNames::fromText(const QString& lines)
{
    return ProtectedNames(lines.split(QLatin1Char('\n')));
}

QString ProtectedNames::toText() const
{
    return m_names.join(QLatin1Char('\n'));
}

ProtectedNames ProtectedNames::load()
{
    return ProtectedNames(appSettings()->value(settingsKey()).toStringList());
}

void ProtectedNames::save(const ProtectedNames& names)
{
    auto settings = appSettings();
    if (names.isEmpty())
        settings->remove(settingsKey());
    else
        settings->setValue(settingsKey(), names.names());
    settings->sync();
    // The names of the people the writer protects must not be readable by others.
    QFile::setPermissions(settings->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace myfyrio
