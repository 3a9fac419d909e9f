#include "core/io/import/zipmediafiles.h"

#include "core/attachments/attachmentstore.h"
#include "core/io/import/importtext.h"

namespace myfyrio {

ZipMediaFiles::ZipMediaFiles(std::unique_ptr<ZipArchive> archive, QByteArray bytes)
    : m_bytes(std::move(bytes)), m_archive(std::move(archive))
{
    const auto& entries = m_archive->entries();
    m_index.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        if (!m_index.contains(entries.at(i).name))
            m_index.insert(entries.at(i).name, i);
    }
}

ZipMediaFiles::~ZipMediaFiles() = default;

Expected<ImportedMedia> ZipMediaFiles::find(const QString& path) const
{
    const int index = m_index.value(path, -1);
    if (index < 0)
        return Failure{ImportText::mediaMissing()};
    const ZipArchive::Entry& entry = m_archive->entries().at(index);
    if (entry.link)
        return Failure{ImportText::mediaLink()};
    ImportedMedia media;
    media.path = path;
    media.size = entry.size;
    media.handle = index;
    return media;
}

Expected<QByteArray> ZipMediaFiles::read(const ImportedMedia& media) const
{
    if (media.handle < 0 || media.handle >= m_archive->entries().size()
        || m_archive->entries().at(media.handle).name != media.path)
        return Failure{ImportText::mediaMissing()};
    if (m_archive->entries().at(media.handle).link)
        return Failure{ImportText::mediaLink()};
    return m_archive->read(media.handle, AttachmentStore::maximumSize);
}

} // namespace myfyrio
