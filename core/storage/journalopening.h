#pragma once

#include "core/storage/journalproblem.h"
#include "core/storage/sql.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace myfyrio {

class Database;

/// How a journal is opened: whether a missing file may be created, when its
/// contents are checked, and why it is opened read-only.
///
/// Opening never replaces or "repairs" a file it does not recognise: a file that
/// is not SQLite, belongs to another program, fails its check or was made by a
/// newer Myfyrio is refused with a sentence saying why (and an OpenProblem
/// saying which), and left untouched. New files are created readable and
/// writable by their owner only; a journal found readable by others is narrowed.
///
/// A journal is opened read-only on purpose (it is open in another window),
/// because its file or folder may not be written, while its check runs, or
/// because the check failed (see sql::ReadOnlyReason). Callers use
/// Database::open() and Database::openAnother(), which come here.
class JournalOpening
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalOpening)

public:
    enum class Mode { CreateIfMissing, ExistingOnly };
    /// When the contents are checked:
    enum class Check {
        Now,          ///< before open() returns
        InBackground, ///< on a thread of their own; the journal is readable at once, writable once checked (the app)
        BeforeWrite,  ///< before the first write transaction (the command line): a command that only reads
                      ///< pays nothing, and damage on the pages it reads is still reported as damage
    };
    using ReadOnlyReason = sql::ReadOnlyReason;

    struct Options {
        Mode mode = Mode::CreateIfMissing;
        /// Open read-only on purpose, for this reason (OtherWindow); None lets
        /// the file decide.
        ReadOnlyReason readOnly = ReadOnlyReason::None;
        Check check = Check::Now;
    };

    /// Opens the journal at path and migrates it up to targetVersion (at most
    /// the latest); problem (when given) says which problem a failure was.
    static Expected<std::unique_ptr<Database>> open(const QString& path, const Options& options, int targetVersion,
                                                    OpenProblem* problem);

    /// Another connection to a journal this process already opened (see
    /// Database::openAnother()).
    static Expected<std::unique_ptr<Database>> openAnother(const QString& path, ReadOnlyReason reason);
};

} // namespace myfyrio
