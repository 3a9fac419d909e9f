#include "app/icons/icons.h"

#include "app/icons/svgiconengine.h"

#include <QFile>

namespace myfyrio {

namespace {

QIcon fromResource(const QString& path, bool tinted)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll(), tinted));
}

} // namespace

QIcon Icons::application()
{
    return fromResource(QStringLiteral(":/icons/app/cymru.myfyrio.Myfyrio.svg"), false);
}

QIcon Icons::view(const QString& id)
{
    return fromResource(QStringLiteral(":/icons/views/%1.svg").arg(id), true);
}

QIcon Icons::own(const QString& name)
{
    return fromResource(QStringLiteral(":/icons/actions/%1.svg").arg(name), true);
}

QIcon Icons::action(const QString& name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return own(name);
}

} // namespace myfyrio
