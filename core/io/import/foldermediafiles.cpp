#include "core/io/import/foldermediafiles.h"

#include "core/attachments/attachmentstore.h"
#include "core/io/import/importtext.h"
#include "core/util/plainfile.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace myfyrio {

namespace {

using plainfile::Descriptor;

Failure failureOf(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return Failure{ImportText::mediaMissing()};
    case ELOOP:
        return Failure{ImportText::mediaLink()};
    default:
        //: %1 is the system's reason, such as “Permission denied”.
        return Failure{FolderMediaFiles::tr("It could not be read: %1").arg(qt_error_string(error))};
    }
}

/// Why name in folder could not be opened: a link (O_NOFOLLOW, or O_DIRECTORY meeting a link, which
/// Linux reports as "not a folder") is told apart from a file that is not there.
Failure failureAt(int folder, const QByteArray& name, int error)
{
    struct stat status {};
    if ((error == ENOTDIR || error == ELOOP) && ::fstatat(folder, name.constData(), &status, AT_SYMLINK_NOFOLLOW) == 0
        && S_ISLNK(status.st_mode))
        return Failure{ImportText::mediaLink()};
    return failureOf(error);
}

/// Opens the plain file at path inside root, following no link on the way, and gives its size.
Expected<void> openInside(const QString& root, const QString& path, Descriptor& file, qint64& size)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return Failure{ImportText::mediaMissing()};
    }
    // The folder itself is the one the user chose; below it, nothing is a link.
    Descriptor folder(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() < 0)
        return failureOf(errno);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QByteArray name = QFile::encodeName(parts.at(i));
        const int next = ::openat(folder.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0)
            return failureAt(folder.get(), name, errno);
        folder.reset(next);
    }
    // Looked at before it is opened, so that a device or a pipe put where a photo should be is never
    // opened at all; O_NONBLOCK and the fstat below cover one swapped in between.
    const QByteArray name = QFile::encodeName(parts.constLast());
    struct stat before {};
    if (::fstatat(folder.get(), name.constData(), &before, AT_SYMLINK_NOFOLLOW) != 0)
        return failureOf(errno);
    if (S_ISLNK(before.st_mode))
        return Failure{ImportText::mediaLink()};
    if (!S_ISREG(before.st_mode))
        return Failure{ImportText::mediaNotFile()};
    struct stat status {};
    file.reset(plainfile::openAt(folder.get(), name.constData(), status));
    if (file.get() < 0)
        return failureAt(folder.get(), name, errno);
    if (!S_ISREG(status.st_mode))
        return Failure{ImportText::mediaNotFile()};
    size = static_cast<qint64>(status.st_size);
    return {};
}

} // namespace

FolderMediaFiles::FolderMediaFiles(QString root) : m_root(std::move(root)) {}

Expected<ImportedMedia> FolderMediaFiles::find(const QString& path) const
{
    Descriptor file;
    ImportedMedia media;
    if (auto opened = openInside(m_root, path, file, media.size); !opened)
        return opened.failure();
    media.path = path;
    return media;
}

Expected<QByteArray> FolderMediaFiles::read(const ImportedMedia& media) const
{
    Descriptor file;
    qint64 size = 0;
    if (auto opened = openInside(m_root, media.path, file, size); !opened)
        return opened.failure();
    const qint64 limit = AttachmentStore::maximumSize;
    if (size > limit)
        return Failure{AttachmentStore::tooLarge(media.fileName, size)};
    // Up to one byte more than allowed, in case the file grew since it was measured.
    QByteArray bytes;
    if (!plainfile::readUpTo(file.get(), static_cast<qsizetype>(size), limit + 1, bytes))
        return failureOf(errno);
    if (bytes.size() > limit)
        return Failure{AttachmentStore::tooLarge(media.fileName, bytes.size())};
    return bytes;
}

} // namespace myfyrio
