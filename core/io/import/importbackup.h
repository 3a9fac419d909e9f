#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

class Database;

/// Makes a copy of the journal before an import changes it, so that a person
/// who does not like what came in can go back.
///
/// JournalCopyBackup, the one implementation, makes one of the journal's own
/// backups (BackupService::backupNow with BackupReason::BeforeImport): a
/// checked copy in the "backups" folder beside the journal, readable by its
/// owner only.
class ImportBackup
{
public:
    virtual ~ImportBackup();
    /// The path of the copy made.
    virtual Expected<QString> make(const Database& database) const = 0;
};

class JournalCopyBackup : public ImportBackup
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalCopyBackup)

public:
    Expected<QString> make(const Database& database) const override;
};

} // namespace myfyrio
