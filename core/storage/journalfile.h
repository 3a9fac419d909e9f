#pragma once

#include "core/storage/journalproblem.h"
#include "core/storage/sql.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace myfyrio {

/// Checks on a journal file made before SQLite is allowed to write to it, and
/// the file-system side of a journal: private modes, read-only files, the
/// sentence for each problem.
class JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalFile)

public:
    /// What the cheap checks found. The full check of the contents is JournalCheck's.
    struct Inspection {
        OpenProblem problem;
        QString message;       ///< the sentence for the user when there is a problem
        int schemaVersion = 0; ///< PRAGMA user_version
        bool walMode = false;  ///< the file is in write-ahead-log mode
    };

    /// Creates an empty file (and its folder, 0700) readable by the owner only.
    static Expected<void> createPrivate(const QString& path);

    /// Creates a folder (and its parents) that only its owner may enter.
    static Expected<void> createPrivateFolder(const QString& folder);

    /// Restricts an existing file to its owner.
    static void makePrivate(const QString& path);

    /// Narrows a journal, and its -wal and -shm files, that others could read
    /// to its owner (keeping a read-only file read-only). True when it was wider.
    static bool narrowToOwner(const QString& path);

    /// Narrows a folder that others could enter to its owner. True when it was wider.
    static bool narrowFolderToOwner(const QString& folder);

    /// True when SQLite's -wal or -shm file is beside the journal.
    static bool hasSidecars(const QString& path);
    /// Removes the -wal and -shm files a read-only look at a journal left
    /// beside it, when the log is empty (it holds nothing of the journal).
    /// Only for files that were not there before the look.
    static void removeEmptySidecars(const QString& path);

    /// Whether the journal may be written: None, FileReadOnly or FolderReadOnly.
    /// A file or folder without the owner's write permission counts as
    /// read-only even for a user the system would let write it anyway.
    static sql::ReadOnlyReason writability(const QString& path);

    /// The application id in the header of an SQLite file, or nothing when the
    /// file is not an SQLite database (or cannot be read).
    static std::optional<qint32> applicationId(const QString& path);

    /// Makes sure an existing file is a Myfyrio journal this build can open:
    /// an SQLite file that can be read, carries our application id (or is
    /// empty of tables), and is not from a newer schema. Opens it read-only and
    /// reads only its header and schema: the contents are JournalCheck's.
    static Inspection inspect(const QString& path, int latestVersion);

    /// The sentence for a problem with the journal at path (detail, when given,
    /// says what is wrong with a damaged one).
    static QString sentence(JournalProblem problem, const QString& path, const QString& detail = {});
};

} // namespace myfyrio
