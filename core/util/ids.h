#pragma once

#include <QString>
#include <QUuid>

namespace myfyrio {

/// A new stable record id: a lowercase UUID without braces.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace myfyrio
