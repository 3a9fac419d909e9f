#include "core/io/import/importbackup.h"

#include "core/storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace myfyrio {

ImportBackup::~ImportBackup() = default;

Expected<QString> JournalCopyBackup::make(const Database& database) const
{
    const QFileInfo journal(database.path());
    const QString folder = journal.absoluteDir().filePath(QStringLiteral("backups"));
    const QFileInfo info(folder);
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        //: %1 is a folder's path.
        return Failure{tr("No backup was made, so nothing was imported: “%1” is not a folder Myfyrio made.")
                           .arg(QDir::toNativeSeparators(folder))};
    if (!info.exists()) {
        if (!QDir().mkpath(folder))
            //: %1 is a folder's path.
            return Failure{tr("No backup was made, so nothing was imported: the folder “%1” could not be made.")
                               .arg(QDir::toNativeSeparators(folder))};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(folder).filePath(journal.completeBaseName() + QStringLiteral("-before-import-") + stamp
                                         + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(journal.completeBaseName() + QStringLiteral("-before-import-") + stamp
                                     + QStringLiteral("-%1.sqlite").arg(n));
    if (auto copied = database.backupTo(path); !copied)
        //: %1 is why the copy could not be made.
        return Failure{tr("No backup was made, so nothing was imported: %1").arg(copied.error())};
    return path;
}

} // namespace myfyrio
