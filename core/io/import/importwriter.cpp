#include "core/io/import/importwriter.h"

#include "core/attachments/attachmentstore.h"
#include "core/io/import/importtext.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/trashstore.h"
#include "core/search/searchindex.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/storage/statementreuse.h"

namespace myfyrio {

ImportWriter::ImportWriter(const Database& database) : m_database(database) {}

Expected<QSet<QString>> ImportWriter::existingIds(const ImportBatch& batch) const
{
    QSet<QString> wanted;
    wanted.reserve(batch.entries.size());
    for (const ImportedEntry& entry : batch.entries)
        wanted.insert(entry.reflection.id);
    // Every id the journal holds: one read, however large the batch.
    auto query = sql::run(m_database.connection(), QStringLiteral("SELECT id FROM reflection"));
    if (!query)
        return query.failure();
    QSet<QString> found;
    while (query->next()) {
        const QString id = query->value(0).toString();
        if (wanted.contains(id))
            found.insert(id);
    }
    // A reflection the writer put in the trash is there too: importing again does not bring it back.
    auto trashed = TrashStore(m_database).list();
    if (!trashed)
        return trashed.failure();
    for (const TrashItem& item : std::as_const(*trashed)) {
        if (wanted.contains(item.reflectionId))
            found.insert(item.reflectionId);
    }
    return found;
}

ImportOutcome ImportWriter::outcomeOf(const ImportBatch& batch)
{
    ImportOutcome outcome;
    outcome.existing = batch.duplicates;
    outcome.skipped = batch.skipped;
    outcome.warnings = batch.warnings;
    return outcome;
}

ImportOutcome ImportWriter::planned(const ImportBatch& batch, const QSet<QString>& existingIds)
{
    ImportOutcome outcome = outcomeOf(batch);
    for (const ImportedEntry& entry : batch.entries) {
        if (existingIds.contains(entry.reflection.id)) {
            ++outcome.existing;
            continue;
        }
        ++outcome.added;
        outcome.attached += static_cast<int>(entry.media.size());
        outcome.mediaLeftOut += entry.mediaLeftOut;
    }
    return outcome;
}

Expected<ImportOutcome> ImportWriter::dryRun(const ImportBatch& batch) const
{
    auto have = existingIds(batch);
    if (!have)
        return have.failure();
    return planned(batch, *have);
}

Expected<void> ImportWriter::attach(const ImportBatch& batch, const ImportedEntry& entry,
                                    const ImportProgress& progress, ImportOutcome& outcome) const
{
    outcome.mediaLeftOut += entry.mediaLeftOut;
    if (entry.media.isEmpty())
        return {};
    const AttachmentStore attachments(m_database);
    for (const ImportedMedia& media : entry.media) {
        if (progress.cancelled())
            return ImportProgress::cancelledFailure();
        // One file in memory at a time: read, stored, let go.
        auto bytes = batch.mediaFiles ? batch.mediaFiles->read(media)
                                      : Expected<QByteArray>(Failure{ImportText::mediaMissing()});
        if (!bytes) {
            outcome.mediaLeftOut.append({media.source, bytes.error()});
            continue;
        }
        auto added = attachments.add(entry.reflection.id, media.fileName, *bytes);
        if (!added)
            //: %1 says which entry (file and line) or which of its photos, %2 why it could not be stored.
            return Failure{
                tr("Nothing was imported, because “%1” could not be stored: %2").arg(media.source, added.error())};
        ++outcome.attached;
    }
    return {};
}

Expected<ImportOutcome> ImportWriter::write(const ImportBatch& batch, const ImportProgress& progress) const
{
    auto have = existingIds(batch);
    if (!have)
        return have.failure();
    ImportOutcome outcome = outcomeOf(batch);
    outcome.existing += static_cast<int>(have->size());

    JournalChanges& changes = m_database.changes();
    // The store announces each reflection it adds; the batch holds those back until the end, and
    // replaced() makes them one "read everything again" — also after a rollback, so that no view
    // is told of a reflection that was never kept.
    JournalChanges::Batch announcements(changes);
    ScopedTransaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    // The search index is built once for everything added, not entry by entry.
    SearchIndex::BulkLoad index(m_database.connection());
    if (auto loading = index.begin(); !loading)
        return loading.failure();
    // Each statement the stores run for an entry is prepared once, for the whole import.
    const sql::StatementReuse reuse(m_database.connection());
    const ReflectionStore store(m_database);
    const int total = static_cast<int>(batch.entries.size());
    for (int i = 0; i < total; ++i) {
        // Entries with photos take longer: they are counted, and may be cancelled, one by one.
        if (i % 64 == 0 || !batch.entries.at(i).media.isEmpty()) {
            if (progress.cancelled()) {
                if (outcome.added > 0)
                    changes.replaced();
                return ImportProgress::cancelledFailure();
            }
            progress.report(i, total);
        }
        const ImportedEntry& entry = batch.entries.at(i);
        if (have->contains(entry.reflection.id))
            continue;
        auto added = store.add(entry.reflection);
        if (!added) {
            if (outcome.added > 0)
                changes.replaced();
            //: %1 says which entry (file and line) or which of its photos, %2 why it could not be stored.
            return Failure{
                tr("Nothing was imported, because “%1” could not be stored: %2").arg(entry.source, added.error())};
        }
        ++outcome.added;
        if (auto attached = attach(batch, entry, progress, outcome); !attached) {
            changes.replaced();
            return attached.failure();
        }
    }
    if (auto indexed = index.finish(); !indexed) {
        if (outcome.added > 0)
            changes.replaced();
        //: %1 is why the import could not be kept.
        return Failure{tr("Nothing was imported: %1").arg(indexed.error())};
    }
    if (auto committed = transaction.commit(); !committed) {
        if (outcome.added > 0)
            changes.replaced();
        //: %1 is why the import could not be kept.
        return Failure{tr("Nothing was imported: %1").arg(committed.error())};
    }
    progress.report(total, total);
    if (outcome.added > 0)
        changes.replaced();
    return outcome;
}

} // namespace myfyrio
