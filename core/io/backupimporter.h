#pragma once

#include "core/io/importreport.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace myfyrio {

class BackupFile;
class Database;

/// Restores a backup into an empty journal exactly, or merges it into a
/// journal that has records: records are matched by their id (or key, or a
/// unique name such as a tag's), identical ones are skipped, ones that differ
/// are reported and left as the journal has them, and the rest are added.
///
/// The file is read as a stream (a journal of any size fits in little
/// memory) and checked in full before anything is written: its shape, and
/// what every record means (BackupRules, AgreementCheck). A record that
/// cannot be let in is left out with a sentence saying why, and never hides
/// the others; a file that is not a backup this journal can take is refused
/// whole. Everything is written in one transaction: a failure leaves the
/// journal as it was.
class BackupImporter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupImporter)

public:
    explicit BackupImporter(const Database& database);

    Expected<ImportReport> importFile(const QString& path) const;
    Expected<ImportReport> importBytes(const QByteArray& bytes, const QString& name) const;

    /// Checks a backup as an import into a new, empty journal would, without
    /// making one: a file refused here would be refused by the import. The
    /// report lists the records that would be left out.
    static Expected<ImportReport> checkForNewJournal(const QString& path);

private:
    Expected<ImportReport> apply(const BackupFile& file) const;

    const Database& m_database;
};

} // namespace myfyrio
