#include "core/io/import/importids.h"

#include <QUuid>

namespace myfyrio {

namespace {

/// Myfyrio's namespace for import ids. Never change it: every id ever imported derives from it.
const QUuid importNamespace(QStringLiteral("{6f1d3c2e-8a4b-5e7f-9c10-4d2b8e6a1f53}"));

} // namespace

QString ImportIds::stable(const QString& kind, const QString& identity)
{
    return QUuid::createUuidV5(importNamespace, kind + QLatin1Char(':') + identity).toString(QUuid::WithoutBraces);
}

bool ImportIds::isUuid(const QString& text)
{
    const QString trimmed = text.trimmed();
    return (trimmed.size() == 36 || trimmed.size() == 38) && !QUuid::fromString(trimmed).isNull();
}

QString ImportIds::normalisedUuid(const QString& text)
{
    return QUuid::fromString(text.trimmed()).toString(QUuid::WithoutBraces);
}

} // namespace myfyrio
