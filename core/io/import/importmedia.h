#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace myfyrio {

/// A file another journal keeps with an entry (a photo, a PDF), found in its
/// export and small enough to attach. Only where to find it is kept: its bytes
/// are read when the entry is stored, one file at a time.
struct ImportedMedia {
    QString path;     ///< inside the export, as the summary shows it: "photos/<md5>.jpeg"
    QString fileName; ///< the attachment's name: "<md5>.jpeg"
    QString source;   ///< for messages: "photos/<md5>.jpeg (Journal.json, entry 3)"
    qint64 size = 0;  ///< bytes, as measured (or, in a zip, as the archive claims) when it was found
    int handle = -1;  ///< the files' own handle for it (the entry's index in a zip)
};

/// The files of one export that entries name, looked up by their path inside
/// it. Lookups never leave the export: no link is followed, no ".." climbs.
/// Not for use from two threads at once.
class ImportMediaFiles
{
public:
    virtual ~ImportMediaFiles() = default;

    /// The file at path ("photos/<md5>.jpeg"), or why it cannot be attached (missing, a link, not a file).
    virtual Expected<ImportedMedia> find(const QString& path) const = 0;

    /// The whole file that find() gave, or why not: no larger than an attachment may be
    /// (AttachmentStore::maximumSize), measured as it is read.
    virtual Expected<QByteArray> read(const ImportedMedia& media) const = 0;
};

} // namespace myfyrio
