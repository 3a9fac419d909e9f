#pragma once

#include <QDateTime>
#include <QString>

namespace myfyrio {

/// An evidence file kept with a reflection (a certificate, a photo, a PDF):
/// what is known about it without reading its bytes.
struct Attachment {
    QString id;
    QString reflectionId;
    QString fileName;  ///< as it was added, without any folder
    QString mediaType; ///< "image/png", "application/pdf", …
    qint64 size = 0;   ///< bytes
    QString sha256;    ///< hex, to tell copies apart
    QDateTime created; ///< UTC

    bool isImage() const { return mediaType.startsWith(QLatin1String("image/")); }
};

} // namespace myfyrio
