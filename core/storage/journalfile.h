#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// Checks on a journal file made before SQLite is allowed to write to it.
class JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalFile)

public:
    /// Creates an empty file (and its folder) readable by the owner only.
    static Expected<void> createPrivate(const QString& path);

    /// Makes sure an existing file is a Myfyrio journal this build can open:
    /// an SQLite file that passes quick_check, carries our application id (or is
    /// empty of tables), and is not from a newer schema. Opens it read-only.
    static Expected<void> inspect(const QString& path, int latestVersion);

    /// Restricts an existing file to its owner.
    static void makePrivate(const QString& path);
};

} // namespace myfyrio
