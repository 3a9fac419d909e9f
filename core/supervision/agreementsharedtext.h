#pragma once

#include "core/supervision/agreement.h"

#include <QString>

namespace myfyrio {

/// The words an agreement exchange file carries for the confidentiality
/// guard to read: every version's roles and sections. The two parties' own
/// names are meant to be there, so they are left out.
QString agreementSharedText(const Agreement& agreement);

} // namespace myfyrio
