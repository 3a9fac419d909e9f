#pragma once

#include <QString>

namespace myfyrio {

/// Why a journal could not be opened, so that the app can offer the right way
/// out (a damaged journal: restore or salvage; a locked one: try again; …).
enum class JournalProblem {
    None,
    NoPath,        ///< an empty file name was given
    Missing,       ///< there is no file, and only an existing one would do
    NotAFile,      ///< the name is a folder or a device
    NotSqlite,     ///< the file is not an SQLite database at all
    Foreign,       ///< an SQLite database of another program
    Newer,         ///< made by a newer Myfyrio
    Damaged,       ///< a Myfyrio journal that fails its check
    Locked,        ///< another program holds a lock on it
    Unreadable,    ///< the file may not be read
    ReadOnly,      ///< it would have to be changed (upgraded), but may not be written
    Full,          ///< the disk is full
    CannotCreate,  ///< a new journal could not be made there
    UpgradeFailed, ///< upgrading it to this version failed (and was rolled back)
    Other,
};

/// The problem, and a sentence saying what is wrong (for a damaged file: what
/// its check found), in the interface language.
struct OpenProblem {
    JournalProblem kind = JournalProblem::None;
    QString detail;
};

} // namespace myfyrio
