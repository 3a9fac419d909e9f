#include "core/journal/systemscale.h"

namespace myfyrio {

QString SystemScale::label(const QString& code)
{
    if (code == person())
        return tr("Person");
    if (code == organisation())
        return tr("Organisation");
    if (code == place())
        return tr("Place");
    if (code == country())
        return tr("Country or region");
    return {};
}

} // namespace myfyrio
