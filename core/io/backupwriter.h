#pragma once

#include "core/io/backupcheck.h"
#include "core/io/backupfile.h"
#include "core/io/importreport.h"
#include "core/search/searchindex.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace myfyrio {

/// The second reading of a backup: writes what BackupCheck let through, table
/// by table, parents first, with one prepared statement per table and kind of
/// record, re-run for every record.
///
/// Into an empty table the records go exactly as they were, rowids too. Into a
/// table with records, each is matched by its identity (or a unique name such
/// as a tag's): an identical one is skipped, one that differs is reported and
/// left as the journal has it, and the rest are added. A record that refers to
/// one left out is left out with it; one that refers to a record neither the
/// backup nor the journal has is left out and reported, as is a reflection
/// whose reflective model is nowhere to be found.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupWriter)

public:
    /// index is the caller's bulk load of the search index, already begun.
    BackupWriter(QSqlDatabase db, const BackupFile& file, const BackupCheck& check, SearchIndex::BulkLoad& index);

    /// Writes the records; call it inside a transaction, which a failure must roll back.
    Expected<ImportReport> write();

private:
    Expected<void> dropAgreementsWithoutVersions(const QStringList& added, ImportReport& report) const;

    QSqlDatabase m_db;
    const BackupFile& m_file;
    const BackupCheck& m_check;
    SearchIndex::BulkLoad& m_index;
};

} // namespace myfyrio
