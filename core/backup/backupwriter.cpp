#include "core/backup/backupwriter.h"

#include "core/storage/journalcheck.h"
#include "core/storage/journalfile.h"
#include "core/storage/migration.h"
#include "core/storage/scopedconnection.h"
#include "core/storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

namespace myfyrio {

namespace {

bool integrityOk(const QString& file)
{
    ScopedConnection connection(file, ScopedConnection::Mode::Immutable);
    if (!connection.isOpen())
        return false;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return false;
    bool any = false;
    while (query.next()) {
        any = true;
        if (query.value(0).toString() != QLatin1String("ok"))
            return false;
    }
    return any;
}

} // namespace

void BackupWriter::syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Expected<void> BackupWriter::copyChecked(const QString& source, const QString& target, bool ours)
{
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        //: %1 is a file or folder path.
        return Failure{tr("The copy “%1” already exists.").arg(QDir::toNativeSeparators(target))};
    if (auto created = JournalFile::createPrivate(target); !created)
        return created;
    auto fail = [&target](const QString& message) {
        QFile::remove(target);
        return Failure{message};
    };
    {
        ScopedConnection connection(source,
                                    ours ? ScopedConnection::Mode::Immutable : ScopedConnection::Mode::ReadOnly);
        if (!connection.isOpen())
            return fail(sql::describe(connection.openError()));
        // VACUUM INTO wants a missing or empty file; the empty one made above keeps its 0600 mode.
        auto copied =
            sql::run(connection.db(), QStringLiteral("VACUUM INTO :target"), {{QStringLiteral("target"), target}});
        if (!copied)
            return fail(copied.error());
    }
    JournalFile::makePrivate(target);
    if (!integrityOk(target))
        return fail(tr("The copy failed its integrity check, so it was not kept. The journal itself may be "
                       "damaged."));
    const auto applicationId = JournalFile::applicationId(target);
    if (!applicationId || *applicationId != journalApplicationId)
        return fail(tr("The copy is not a Myfyrio journal, so it was not kept."));
    // Flush the copy before it is given a name that says it is complete.
    QFile file(target);
    if (file.open(QIODevice::ReadWrite)) {
        ::fsync(file.handle());
        file.close();
    }
    return {};
}

Expected<BackupInfo> BackupWriter::write(const QString& journalPath, BackupReason reason, const QDateTime& now)
{
    const QString folder = BackupName::folderFor(journalPath);
    if (auto made = JournalFile::createPrivateFolder(folder); !made)
        return Failure{
            //: %1 is a file or folder path.
            tr("No backup could be made: the folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder))};
    if (QFileInfo(folder).isSymLink() || !QFileInfo(folder).isDir())
        //: %1 is a file or folder path.
        return Failure{tr("No backup could be made: “%1” is not a folder.").arg(QDir::toNativeSeparators(folder))};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString name = BackupName::fileNameFor(journalPath, now, reason);
    const QString finalPath = QDir(folder).filePath(name);
    const QString temporary = QDir(folder).filePath(QLatin1Char('.') + name + QStringLiteral(".part"));
    if (QFileInfo::exists(finalPath))
        //: %1 is a file or folder path.
        return Failure{tr("No backup could be made: “%1” already exists.").arg(QDir::toNativeSeparators(finalPath))};
    // A ".part" of this very name can only be ours, left by a backup that was cut off.
    if (QFileInfo(temporary).isFile() && !QFileInfo(temporary).isSymLink())
        QFile::remove(temporary);

    if (auto copied = copyChecked(journalPath, temporary); !copied)
        //: %1 is a sentence saying why.
        return Failure{tr("No backup could be made. %1").arg(copied.error())};
    // The full check of the search index runs here, on a copy nobody waits for.
    const bool indexOk = JournalCheck::indexPasses(temporary);
    if (!QFile::rename(temporary, finalPath)) {
        QFile::remove(temporary);
        //: %1 is a file or folder path.
        return Failure{tr("No backup could be made: the copy could not be given its name in “%1”.")
                           .arg(QDir::toNativeSeparators(folder))};
    }
    syncFolder(folder);

    BackupInfo info;
    info.path = finalPath;
    info.fileName = name;
    info.created = now.toUTC();
    info.reason = reason;
    info.bytes = QFileInfo(finalPath).size();
    info.ok = true;
    info.indexOk = indexOk;
    return info;
}

} // namespace myfyrio
