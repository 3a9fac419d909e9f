#include "core/journal/trashkeeper.h"

#include "core/backup/backupservice.h"
#include "core/journal/trashstore.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace myfyrio {

QString TrashKeeper::backupFolder(const Database& database)
{
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

Expected<QString> TrashKeeper::backUp(const Database& database, const QDateTime& /*now*/)
{
    // One kind of backup for everything: made, checked and thinned by the journal's BackupService.
    auto made = database.backups().backupNow(BackupReason::BeforeEmptyTrash);
    if (!made)
        return made.failure();
    return made->path;
}

Expected<int> TrashKeeper::purgeExpired(const Database& database, const QDateTime& now)
{
    const TrashStore trash(database);
    const QDateTime cutoff = now.toUTC().addDays(-TrashStore::keepDays);
    auto items = trash.list();
    if (!items)
        return items.failure();
    const bool anyOld =
        std::any_of(items->cbegin(), items->cend(), [&cutoff](const TrashItem& item) { return item.deleted < cutoff; });
    if (!anyOld)
        return 0;
    if (auto backup = backUp(database, now); !backup)
        return backup.failure();
    return trash.purgeOlderThan(cutoff);
}

Expected<int> TrashKeeper::emptyAfterBackup(const Database& database, QString* backupPath)
{
    const TrashStore trash(database);
    auto count = trash.count();
    if (!count)
        return count.failure();
    if (count.value() == 0)
        return 0;
    auto backup = backUp(database);
    if (!backup)
        return backup.failure();
    if (backupPath)
        *backupPath = backup.value();
    return trash.empty();
}

} // namespace myfyrio
