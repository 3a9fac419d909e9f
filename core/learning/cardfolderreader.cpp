#include "core/learning/cardfolderreader.h"

#include "core/util/plainfile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace myfyrio {

namespace {

/// Reads a plain file of at most CardFormat::maximumFileBytes (plainfile::openAt:
/// never through a link, never waiting on a pipe). It reads no more than the
/// size fstat gave, so a file that grows meanwhile is cut there (and then is not
/// valid JSON), and it needs no read() to hear the end: three system calls and
/// one read a card.
bool readPlainFile(int folder, const char* name, QByteArray& bytes)
{
    struct stat status {};
    const plainfile::Descriptor fd(plainfile::openAt(folder, name, status));
    if (fd.get() < 0 || !S_ISREG(status.st_mode) || status.st_size > CardFormat::maximumFileBytes)
        return false;
    const auto size = static_cast<qsizetype>(status.st_size);
    return plainfile::readUpTo(fd.get(), size, size, bytes);
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

    void reserve(std::size_t more) { m_entries.reserve(m_entries.size() + static_cast<qsizetype>(more)); }

private:
    QHash<QString, Entry> m_entries;
};

/// Big folders are read on up to this many threads, each given at least filesPerThread files.
constexpr std::size_t maximumThreads = 4;
constexpr std::size_t filesPerThread = 1000;

/// One thread's part of a folder's listing, and what it made of it.
struct Share {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<CardFile> files;
    int malformed = 0;
};

void readShare(int folder, const std::vector<QByteArray>& names, Share& share)
{
    // Room for the biggest card once, so that no file's bytes are reallocated.
    QByteArray bytes;
    bytes.reserve(CardFormat::maximumFileBytes);
    share.files.reserve(share.end - share.begin);
    for (std::size_t i = share.begin; i < share.end; ++i) {
        if (!readPlainFile(folder, names[i].constData(), bytes)) {
            ++share.malformed;
            continue;
        }
        auto parsed = CardFormat::parse(bytes);
        if (!parsed) {
            ++share.malformed;
            continue;
        }
        share.files.push_back(std::move(parsed).value());
    }
}

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
        // The listing once, then the files read and parsed on a few threads
        // (each file is opened relative to the folder, never by a path), and
        // their cards collected in the listing's order.
        std::vector<QByteArray> names;
        while (const dirent* entry = ::readdir(dir)) {
            if (hasCardSuffix(entry->d_name))
                names.emplace_back(entry->d_name);
        }
        collection.files += static_cast<int>(names.size());
        collector.reserve(names.size());
        const std::size_t threads = std::clamp<std::size_t>(
            std::min(static_cast<std::size_t>(std::max(1, QThread::idealThreadCount())), maximumThreads), 1,
            names.size() / filesPerThread + 1);
        std::vector<Share> shares(threads);
        const std::size_t step = (names.size() + threads - 1) / threads;
        for (std::size_t i = 0; i < threads; ++i) {
            shares[i].begin = std::min(names.size(), i * step);
            shares[i].end = std::min(names.size(), (i + 1) * step);
        }
        const int dirFd = ::dirfd(dir);
        std::vector<std::thread> workers;
        for (std::size_t i = 1; i < threads; ++i)
            workers.emplace_back([&names, &shares, dirFd, i] { readShare(dirFd, names, shares[i]); });
        readShare(dirFd, names, shares[0]);
        for (std::thread& worker : workers)
            worker.join();
        ::closedir(dir);
        for (Share& share : shares) {
            collection.malformed += share.malformed;
            for (CardFile& file : share.files)
                collector.add(std::move(file));
        }
    }
    collector.finish(collection);
    return collection;
}

} // namespace myfyrio
