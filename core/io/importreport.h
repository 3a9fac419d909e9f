#pragma once

#include <QStringList>

namespace myfyrio {

/// What an import did.
struct ImportReport {
    int added = 0;         ///< records the journal did not have
    int unchanged = 0;     ///< records the journal already had, exactly
    QStringList conflicts; ///< records the journal has with other content: kept as they are, one sentence each
    QStringList skipped;   ///< records left out because of what they hold, one sentence each saying why
    int leftOutWith = 0;   ///< records left out because the record they belong to was left out
};

} // namespace myfyrio
