#include "core/learning/cardfolderreader.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace myfyrio {

namespace {

/// Reads a plain file of at most CardFormat::maximumFileBytes: never through a
/// link (O_NOFOLLOW), never waiting on a pipe (O_NONBLOCK, then fstat).
bool readPlainFile(int folder, const char* name, QByteArray& bytes)
{
    const int fd = ::openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return false;
    struct stat status {};
    bool ok = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_size <= CardFormat::maximumFileBytes;
    if (ok) {
        bytes.resize(static_cast<qsizetype>(status.st_size) + 1);
        qsizetype total = 0;
        while (total < bytes.size()) {
            const ssize_t got = ::read(fd, bytes.data() + total, static_cast<size_t>(bytes.size() - total));
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                ok = got == 0;
                break;
            }
            total += got;
        }
        // A file that grew while it was read is bigger than a card can be.
        ok = ok && total <= CardFormat::maximumFileBytes;
        bytes.truncate(total);
    }
    ::close(fd);
    return ok;
}

bool hasCardSuffix(const char* name)
{
    static const QByteArray suffix = QByteArrayLiteral(".") + CardFormat::suffix().toLatin1();
    const size_t length = std::strlen(name);
    return length > static_cast<size_t>(suffix.size())
           && std::memcmp(name + length - suffix.size(), suffix.constData(), static_cast<size_t>(suffix.size())) == 0;
}

struct Entry {
    LearningCard card;
    bool hasCard = false;
    bool withdrawn = false;
    bool conflicting = false;
};

class Collector
{
public:
    void add(CardFile file)
    {
        Entry& entry = m_entries[file.card.id];
        if (file.withdrawn) {
            entry.withdrawn = true;
        } else if (!entry.hasCard) {
            entry.card = std::move(file.card);
            entry.hasCard = true;
        } else if (entry.card != file.card) {
            entry.conflicting = true;
        }
    }

    void finish(CardCollection& collection)
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            Entry& entry = it.value();
            if (entry.withdrawn)
                ++collection.withdrawn;
            else if (entry.conflicting)
                ++collection.conflicting;
            else
                collection.cards.append(std::move(entry.card));
        }
        std::sort(collection.cards.begin(), collection.cards.end(), [](const LearningCard& a, const LearningCard& b) {
            return a.month != b.month ? a.month > b.month : a.id < b.id;
        });
    }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace

Expected<CardFile> CardFolderReader::readFile(const QString& path)
{
    const QFileInfo info(path);
    QByteArray bytes;
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool read = dir >= 0 && readPlainFile(dir, QFile::encodeName(info.fileName()).constData(), bytes);
    if (dir >= 0)
        ::close(dir);
    if (!read)
        return Failure{CardFormat::tr("The file is not a learning card that this version of Myfyrio can read.")};
    return CardFormat::parse(bytes);
}

CardCollection CardFolderReader::read(const QStringList& folders)
{
    CardCollection collection;
    Collector collector;
    QStringList seenFolders;
    for (const QString& folder : folders) {
        // The same folder named twice (or through another path) is read once.
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (!canonical.isEmpty() && seenFolders.contains(canonical))
            continue;
        seenFolders << canonical;
        const QByteArray encoded = QFile::encodeName(folder);
        DIR* dir = canonical.isEmpty() ? nullptr : ::opendir(encoded.constData());
        if (!dir) {
            collection.unreadableFolders << folder;
            continue;
        }
        const int dirFd = ::dirfd(dir);
        QByteArray bytes;
        while (const dirent* entry = ::readdir(dir)) {
            if (!hasCardSuffix(entry->d_name))
                continue;
            ++collection.files;
            if (!readPlainFile(dirFd, entry->d_name, bytes)) {
                ++collection.malformed;
                continue;
            }
            auto parsed = CardFormat::parse(bytes);
            if (!parsed) {
                ++collection.malformed;
                continue;
            }
            collector.add(std::move(parsed).value());
        }
        ::closedir(dir);
    }
    collector.finish(collection);
    return collection;
}

} // namespace myfyrio
