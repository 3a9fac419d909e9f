#include "core/attachments/attachmentcopies.h"

#include "core/attachments/attachmentstore.h"
#include "core/io/savedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace myfyrio {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// Makes a folder 0700, or checks that an existing one is a real folder of the user's own.
bool ownFolder(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!QDir().mkdir(path))
            return false;
    } else if (info.isSymLink() || !info.isDir() || info.ownerId() != ::getuid()) {
        return false;
    }
    return QFile::setPermissions(path, ownerOnlyFolder);
}

} // namespace

QStringList& AttachmentCopies::written()
{
    static QStringList paths;
    return paths;
}

Expected<QString> AttachmentCopies::folder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    const QString path = QDir(base).filePath(QStringLiteral("myfyrio-attachments-%1").arg(::getuid()));
    if (!ownFolder(path))
        //: %1 is a folder.
        return Failure{tr("The folder “%1” for opening attachments could not be made safe for your files alone.")
                           .arg(QDir::toNativeSeparators(path))};
    return path;
}

Expected<QString> AttachmentCopies::write(const Attachment& attachment, const QByteArray& bytes)
{
    auto root = folder();
    if (!root)
        return root.failure();
    // A folder per attachment keeps the file's own name, and two files of the same name apart.
    const QString own = QDir(*root).filePath(attachment.id);
    if (!ownFolder(own))
        //: %1 is a folder.
        return Failure{tr("The folder “%1” for opening attachments could not be made safe for your files alone.")
                           .arg(QDir::toNativeSeparators(own))};
    const QString path = QDir(own).filePath(AttachmentStore::safeFileName(attachment.fileName));
    if (QFileInfo(path).isSymLink())
        return Failure{
            //: %1 is a file name.
            tr("“%1” is a link Myfyrio did not make, so it was left alone.").arg(QDir::toNativeSeparators(path))};
    if (auto saved = SavedFile::write(path, bytes); !saved)
        return saved.failure();
    if (!written().contains(path))
        written().append(path);
    return path;
}

void AttachmentCopies::removeAll()
{
    for (const QString& path : std::as_const(written())) {
        const QFileInfo info(path);
        if (info.isFile() && !info.isSymLink())
            QFile::remove(path);
        QDir().rmdir(info.absolutePath()); // only when empty
    }
    written().clear();
}

} // namespace myfyrio
