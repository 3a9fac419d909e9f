#pragma once

#include "core/util/expected.h"
#include "core/util/timestamps.h"

#include <QCoreApplication>
#include <QDateTime>

namespace myfyrio {

class Database;

/// Keeps the trash's promise without ever losing what no copy holds: items
/// older than TrashStore::keepDays, and the whole trash when it is emptied,
/// are deleted for good only after a checked backup of the journal was made
/// in the "backups" folder beside it (folder 0700, file 0600).
///
/// A stopgap until the backup service makes these backups itself: the file
/// names say why they were made ("…-before-emptying-trash.sqlite").
class TrashKeeper
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::TrashKeeper)

public:
    /// "backups" beside the journal.
    static QString backupFolder(const Database& database);

    /// Writes a checked backup into backupFolder(); returns its path.
    static Expected<QString> backUp(const Database& database, const QDateTime& now = timestamps::nowUtc());

    /// Deletes for good the items put in the trash more than keepDays before
    /// `now`, after a backup; returns how many (0, with no backup made, when
    /// none is that old). When the backup fails nothing is deleted.
    static Expected<int> purgeExpired(const Database& database, const QDateTime& now = timestamps::nowUtc());

    /// Empties the trash after a backup; returns how many items went, and
    /// where the backup is (when one was made) in backupPath.
    static Expected<int> emptyAfterBackup(const Database& database, QString* backupPath = nullptr);
};

} // namespace myfyrio
