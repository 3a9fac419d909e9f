#include "core/io/import/ziparchive.h"

#include <QFile>
#include <QLocale>

#include <limits>
#include <sys/stat.h>
#include <zip.h>

namespace myfyrio {

namespace {

Failure notZip(const QString& shownName)
{
    //: %1 is a file name.
    return Failure{ZipArchive::tr("“%1” is not a zip file, or it is damaged.").arg(shownName)};
}

} // namespace

ZipArchive::ZipArchive(zip* archive, QString shownName) : m_archive(archive), m_shownName(std::move(shownName)) {}

ZipArchive::~ZipArchive()
{
    if (m_archive)
        zip_discard(m_archive);
}

Expected<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString& path, const QString& shownName)
{
    int error = 0;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive)
        return notZip(shownName);
    std::unique_ptr<ZipArchive> result(new ZipArchive(archive, shownName));
    if (auto listed = result->list(); !listed)
        return listed.failure();
    return result;
}

Expected<std::unique_ptr<ZipArchive>> ZipArchive::fromBytes(const QByteArray& bytes, const QString& shownName)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return notZip(shownName);
    }
    zip* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return notZip(shownName);
    }
    std::unique_ptr<ZipArchive> result(new ZipArchive(archive, shownName));
    if (auto listed = result->list(); !listed)
        return listed.failure();
    return result;
}

Expected<void> ZipArchive::list()
{
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    if (count < 0)
        return notZip(m_shownName);
    if (count > maxEntries)
        //: %1 is a file name, %2 the number of files it holds, %3 the most Myfyrio reads.
        return Failure{
            tr("“%1” holds %2 files, more than the %3 Myfyrio reads from one archive.")
                .arg(m_shownName, QLocale().toString(static_cast<qlonglong>(count)), QLocale().toString(maxEntries))};
    m_entries.reserve(static_cast<int>(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        Entry entry;
        if (zip_stat_index(m_archive, static_cast<zip_uint64_t>(i), 0, &stat) == 0) {
            if (stat.valid & ZIP_STAT_NAME)
                entry.name = QString::fromUtf8(stat.name);
            if (stat.valid & ZIP_STAT_SIZE)
                entry.size = static_cast<qint64>(qMin<zip_uint64_t>(stat.size, std::numeric_limits<qint64>::max()));
            if (stat.valid & ZIP_STAT_COMP_SIZE)
                entry.compressedSize =
                    static_cast<qint64>(qMin<zip_uint64_t>(stat.comp_size, std::numeric_limits<qint64>::max()));
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(m_archive, static_cast<zip_uint64_t>(i), 0, &system, &attributes) == 0
            && system == ZIP_OPSYS_UNIX)
            entry.link = ((attributes >> 16) & S_IFMT) == S_IFLNK;
        m_entries.append(entry);
    }
    return {};
}

Expected<QByteArray> ZipArchive::read(int index, qint64 limit) const
{
    if (index < 0 || index >= m_entries.size())
        return notZip(m_shownName);
    const Entry& entry = m_entries.at(index);
    //: %1 is a file inside an archive, %2 the archive, %3 the largest size read, in megabytes.
    const Failure tooLarge{tr("“%1” in “%2” is larger than the %3 MB Myfyrio reads from one file.")
                               .arg(entry.name, m_shownName, QLocale().toString(limit / (1024 * 1024)))};
    if (entry.size > limit)
        return tooLarge;
    // Inflating is stopped at whichever comes first: the limit, or maxRatio times the compressed size.
    const qint64 ratioLimit = qMax<qint64>(1024 * 1024, entry.compressedSize * maxRatio);
    const qint64 cap = qMin(limit, ratioLimit);
    zip_file_t* file = zip_fopen_index(m_archive, static_cast<zip_uint64_t>(index), 0);
    if (!file)
        //: %1 is a file inside an archive, %2 the archive.
        return Failure{tr("“%1” in “%2” could not be read: the archive is damaged or uses a kind of "
                          "compression Myfyrio cannot read.")
                           .arg(entry.name, m_shownName)};
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(qMin<qint64>(qMax<qint64>(entry.size, 0), cap)));
    char chunk[65536];
    bool failed = false;
    for (;;) {
        const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
        if (got < 0) {
            failed = true;
            break;
        }
        if (got == 0)
            break;
        if (bytes.size() + got > cap) {
            zip_fclose(file);
            if (cap < limit)
                //: %1 is a file inside an archive, %2 the archive.
                return Failure{tr("“%1” in “%2” expands far beyond its compressed size, as a zip bomb does, "
                                  "so it was not read.")
                                   .arg(entry.name, m_shownName)};
            return tooLarge;
        }
        bytes.append(chunk, static_cast<qsizetype>(got));
    }
    if (zip_fclose(file) != 0 || failed)
        //: %1 is a file inside the archive; %2 is the archive's file name.
        return Failure{tr("“%1” in “%2” could not be read: the archive is damaged or uses a kind of "
                          "compression Myfyrio cannot read.")
                           .arg(entry.name, m_shownName)};
    return bytes;
}

} // namespace myfyrio
