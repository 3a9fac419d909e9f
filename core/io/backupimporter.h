#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace myfyrio {

class BackupFile;
class Database;

/// What an import did.
struct ImportReport {
    int added = 0;         ///< records the journal did not have
    int unchanged = 0;     ///< records the journal already had, exactly
    QStringList conflicts; ///< records the journal has with other content: kept as they are, one sentence each
};

/// Restores a backup into an empty journal exactly, or merges it into a
/// journal that has records: records are matched by their id (or key, or a
/// unique name such as a tag's), identical ones are skipped, ones that differ
/// are reported and left as the journal has them, and the rest are added.
/// The whole file is checked before anything is written, and everything is
/// written in one transaction: a failure leaves the journal as it was.
class BackupImporter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupImporter)

public:
    explicit BackupImporter(const Database& database);

    Expected<ImportReport> importFile(const QString& path) const;
    Expected<ImportReport> importBytes(const QByteArray& bytes, const QString& name) const;

private:
    Expected<ImportReport> apply(const BackupFile& file) const;

    const Database& m_database;
};

} // namespace myfyrio
