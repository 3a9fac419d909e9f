#pragma once

#include "core/backup/backupinfo.h"
#include "core/util/expected.h"

#include <QCoreApplication>

namespace myfyrio {

/// Writes backups: a consistent copy made with VACUUM INTO a temporary file
/// in the backups folder (folder 0700, file 0600), opened again read-only and
/// checked with PRAGMA integrity_check, then renamed into place. A copy that
/// fails its check is removed and the failure reported; nothing half-made is
/// ever left under a backup's name.
///
/// It uses connections of its own, so it may run on any thread; it reads the
/// journal as a WAL reader beside the app's writer.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupWriter)

public:
    /// Makes a backup of the journal at journalPath, named for now (UTC).
    static Expected<BackupInfo> write(const QString& journalPath, BackupReason reason, const QDateTime& now);

    /// Copies the SQLite file source into target (which must not exist) and
    /// checks the copy; on failure target is removed. ours: source is one of
    /// our finished backups (read without locks).
    static Expected<void> copyChecked(const QString& source, const QString& target, bool ours = false);

    /// Flushes a folder's entries to the disk, so that a rename survives a power cut.
    static void syncFolder(const QString& folder);
};

} // namespace myfyrio
