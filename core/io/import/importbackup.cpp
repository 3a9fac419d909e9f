#include "core/io/import/importbackup.h"

#include "core/backup/backupservice.h"
#include "core/storage/database.h"

namespace myfyrio {

ImportBackup::~ImportBackup() = default;

Expected<QString> JournalCopyBackup::make(const Database& database) const
{
    // One of the journal's own backups (reason "import"): listed, checked and
    // thinned like the others, and restored from File ▸ Restore from Backup….
    auto made = database.backups().backupNow(BackupReason::BeforeImport);
    if (!made)
        //: %1 is why the copy could not be made.
        return Failure{tr("No backup was made, so nothing was imported: %1").arg(made.error())};
    return made->path;
}

} // namespace myfyrio
