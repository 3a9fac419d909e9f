#pragma once

#include "core/io/import/importmedia.h"
#include "core/io/import/ziparchive.h"

#include <QHash>

#include <memory>

namespace myfyrio {

/// The files of an export kept in a .zip, read from the archive one at a time
/// (within ZipArchive's limits) and never written to disk.
///
/// A path is looked up as an exact name in the archive's list, never opened as
/// a path anywhere: an entry named "../x", "/etc/x" or "a//b" can only match a
/// path that has those very characters, and an entry the archive marks as a
/// symbolic link is refused, not read.
class ZipMediaFiles : public ImportMediaFiles
{
public:
    /// Takes the archive; bytes are the memory an archive from ZipArchive::fromBytes reads, kept with it.
    explicit ZipMediaFiles(std::unique_ptr<ZipArchive> archive, QByteArray bytes = {});
    ~ZipMediaFiles() override;

    const ZipArchive& archive() const { return *m_archive; }

    Expected<ImportedMedia> find(const QString& path) const override;
    Expected<QByteArray> read(const ImportedMedia& media) const override;

private:
    QByteArray m_bytes; // declared first: destroyed after the archive that reads it
    std::unique_ptr<ZipArchive> m_archive;
    QHash<QString, int> m_index; ///< entry name → index, the first entry of a name
};

} // namespace myfyrio
