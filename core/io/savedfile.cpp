#include "core/io/savedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace myfyrio {

QString SavedFile::cannotWrite(const QString& path, const QString& reason)
{
    //: %1 is a file path; %2 says what went wrong.
    return tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

Expected<void> SavedFile::write(const QString& path, const QByteArray& bytes)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return Failure{
            //: %1 is a file name or folder.
            tr("“%1” could not be written because its folder does not exist.").arg(QDir::toNativeSeparators(path))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{cannotWrite(path, file.errorString())};
    // While open, QSaveFile applies this to its temporary file, so the
    // finished file is never readable by others, not even for a moment.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Failure{cannotWrite(path, reason)};
    }
    if (!file.commit())
        return Failure{cannotWrite(path, file.errorString())};
    return {};
}

} // namespace myfyrio
