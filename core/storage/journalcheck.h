#pragma once

#include "core/storage/journalproblem.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// The check of a journal's contents at open: SQLite's quick_check of every
/// page, then a read of the whole search index (every term, through FTS5's
/// fts5vocab). A search index found damaged is confirmed with FTS5's own
/// 'integrity-check' and rebuilt with 'rebuild' (it holds nothing that is not
/// elsewhere in the journal), and the outcome says so; anything else that
/// fails leaves the file untouched.
///
/// FTS5's 'integrity-check' also compares the index with the text it was made
/// from; that takes seconds on a large journal and holds the write lock, so it
/// runs on each new backup copy instead (indexPasses()), where it keeps nobody
/// waiting, and a failure there has the journal's index rebuilt.
///
/// It uses connections of its own, so it may run on any thread, beside the
/// journal's main connection (WAL lets a reader in beside the writer).
class JournalCheck
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalCheck)

public:
    enum class Index {
        Skip,            ///< read-only: only quick_check
        CheckAndRebuild, ///< also check the search index, and rebuild it when it is damaged
    };

    struct Outcome {
        OpenProblem problem;       ///< None when the journal passed
        QString message;           ///< the sentence for the user when it did not
        bool indexRebuilt = false; ///< the search index was damaged and has been rebuilt
    };

    static Outcome run(const QString& path, Index index);

    /// FTS5's full 'integrity-check' of the search index of a file nobody else
    /// uses (a fresh backup copy). False only when the index is damaged.
    static bool indexPasses(const QString& path);

    /// Rebuilds the search index of a journal from its reflections (a
    /// connection of its own, so it may run on any thread).
    static Expected<void> rebuildIndex(const QString& path);

    /// The sentence that tells the user the search index was rebuilt.
    static QString indexRebuiltSentence();
};

} // namespace myfyrio
