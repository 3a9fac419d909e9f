#pragma once

#include "core/storage/journalproblem.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// The full check of a journal's contents: SQLite's quick_check of every page,
/// then the search index's own integrity check. A damaged search index is
/// rebuilt (it holds nothing that is not elsewhere in the journal) and the
/// outcome says so; anything else that fails leaves the file untouched.
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

    /// The sentence that tells the user the search index was rebuilt.
    static QString indexRebuiltSentence();
};

} // namespace myfyrio
