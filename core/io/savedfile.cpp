#include "core/io/savedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace myfyrio {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder = ownerOnlyFile | QFileDevice::ExeOwner;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString SavedFile::cannotWrite(const QString& path, const QString& reason)
{
    //: %1 is a file name; %2 is a sentence saying what went wrong.
    return tr("“%1” could not be written: %2").arg(shown(path), reason);
}

Expected<void> SavedFile::check(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        //: %1 is the path of the file.
        return Failure{tr("“%1” is a symbolic link. Myfyrio does not write through links: choose the file it "
                          "points to, or another name.")
                           .arg(shown(path))};
    if (info.exists() && !info.isFile())
        //: %1 is the path of the file.
        return Failure{tr("“%1” is not a file, so it cannot be replaced.").arg(shown(path))};
    if (!QFileInfo(info.absolutePath()).isDir())
        //: %1 is the path of the file.
        return Failure{tr("“%1” could not be written because its folder does not exist.").arg(shown(path))};
    return {};
}

Expected<void> SavedFile::write(const QString& path, const QByteArray& bytes)
{
    return write(path, [&bytes](QIODevice& device, QString&) { return device.write(bytes) == bytes.size(); });
}

Expected<void> SavedFile::write(const QString& path, const std::function<bool(QIODevice&, QString& reason)>& produce)
{
    if (auto allowed = check(path); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{cannotWrite(path, file.errorString())};
    // QSaveFile resolved any link when it opened; one made since is refused too.
    if (auto allowed = check(path); !allowed) {
        file.cancelWriting();
        return allowed;
    }
    // While open, QSaveFile applies this to its temporary file, so the
    // finished file is never readable by others, not even for a moment.
    if (!file.setPermissions(ownerOnlyFile)) {
        file.cancelWriting();
        return Failure{cannotWrite(path, tr("it could not be made private to you."))};
    }
    QString reason;
    if (!produce(file, reason)) {
        if (reason.isEmpty())
            reason = file.errorString();
        file.cancelWriting();
        return Failure{cannotWrite(path, reason)};
    }
    if (!file.commit())
        return Failure{cannotWrite(path, file.errorString())};
    return {};
}

Expected<void> SavedFile::makeFolder(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    for (QString folder = absolute; !QFileInfo(folder).exists() && !QFileInfo(folder).isSymLink();
         folder = QFileInfo(folder).absolutePath()) {
        missing.prepend(folder);
        if (QDir(folder).isRoot())
            break;
    }
    for (const QString& folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, ownerOnlyFolder)) {
            if (QFileInfo(folder).isDir())
                continue; // made by someone else meanwhile: theirs, left as it is
            //: %1 is a folder path.
            return Failure{tr("The folder “%1” could not be made.").arg(shown(folder))};
        }
        // mkdir's mode passes through the umask; the folder is made private whatever it is.
        if (!QFile::setPermissions(folder, ownerOnlyFolder))
            //: %1 is the path of the folder.
            return Failure{tr("The folder “%1” could not be made private to you.").arg(shown(folder))};
    }
    if (!QFileInfo(absolute).isDir())
        //: %1 is the path of the folder.
        return Failure{tr("“%1” is not a folder.").arg(shown(absolute))};
    return {};
}

} // namespace myfyrio
