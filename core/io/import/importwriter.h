#pragma once

#include "core/io/import/importbatch.h"
#include "core/io/import/importprogress.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSet>

namespace myfyrio {

class Database;

/// What an import of another journal did (or, for a dry run, would do).
struct ImportOutcome {
    int added = 0;    ///< entries the journal did not have
    int existing = 0; ///< entries it already had (same stable id), and entries the source held twice
    int attached = 0; ///< photos and other files attached to the entries added
    QVector<SkippedItem> skipped;
    QStringList warnings;
    QVector<SkippedItem> mediaLeftOut; ///< files of the entries added that were not attached, and why
};

/// The one place that stores what a JournalSource read.
///
/// Entries whose id the journal already has are left alone (so importing the
/// same source again adds nothing); the rest are added through ReflectionStore,
/// all in one transaction: a failure or a cancel half-way leaves the journal as
/// it was. After the commit the journal announces that it was replaced.
///
/// The media of each entry added (Day One's photos) are read from the batch's
/// files one at a time and attached through AttachmentStore, inside the same
/// transaction. A file that cannot be read is left out with the reason and the
/// entry is still imported; an entry already in the journal gets no files, so
/// importing again attaches nothing twice.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ImportWriter)

public:
    explicit ImportWriter(const Database& database);

    /// The ids of the batch's entries that the journal already has.
    Expected<QSet<QString>> existingIds(const ImportBatch& batch) const;

    /// What write() would do, without changing anything.
    Expected<ImportOutcome> dryRun(const ImportBatch& batch) const;

    Expected<ImportOutcome> write(const ImportBatch& batch, const ImportProgress& progress = {}) const;

    /// What writing the batch into a journal that holds existingIds would do.
    static ImportOutcome planned(const ImportBatch& batch, const QSet<QString>& existingIds);

private:
    static ImportOutcome outcomeOf(const ImportBatch& batch);
    Expected<void> attach(const ImportBatch& batch, const ImportedEntry& entry, const ImportProgress& progress,
                          ImportOutcome& outcome) const;

    const Database& m_database;
};

} // namespace myfyrio
