#include "core/journal/trashkeeper.h"

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

Expected<QString> TrashKeeper::backUp(const Database& database, const QDateTime& now)
{
    const QString folder = backupFolder(database);
    const QFileInfo info(folder);
    // Never write through a link somebody else put there.
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        //: %1 is the path of the backups folder.
        return Failure{
            tr("No backup was made, because “%1” is not a folder Myfyrio made.").arg(QDir::toNativeSeparators(folder))};
    if (!info.exists()) {
        if (!QDir().mkpath(folder))
            //: %1 is the path of the backups folder.
            return Failure{tr("No backup was made, because the folder “%1” could not be created.")
                               .arg(QDir::toNativeSeparators(folder))};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString base = QFileInfo(database.path()).completeBaseName();
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(folder).filePath(QStringLiteral("%1-%2-before-emptying-trash.sqlite").arg(base, stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2-%3-before-emptying-trash.sqlite").arg(base, stamp).arg(n));
    if (auto made = database.backupTo(path); !made)
        return made.failure();
    return path;
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
