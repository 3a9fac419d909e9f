#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace myfyrio {

/// Writes the files the product exports (backups, Markdown, PDF, agreements):
/// always through QSaveFile, so that a failure half-way leaves no partial file
/// and never damages an earlier copy; readable by the owner only (0600)
/// whatever the umask; and never through a symbolic link at the target, which
/// QSaveFile would otherwise follow (a dangling link would create its target,
/// and a link to another file would replace that file).
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SavedFile)

public:
    /// Writes bytes to path in one go.
    static Expected<void> write(const QString& path, const QByteArray& bytes);

    /// Writes what produce() writes into the device; produce returns false when
    /// it fails (the device's error, or its own message in reason, is reported).
    static Expected<void> write(const QString& path, const std::function<bool(QIODevice&, QString& reason)>& produce);

    /// Whether a file may be written at path: its folder exists, and it is not a
    /// symbolic link or anything but a plain file.
    static Expected<void> check(const QString& path);

    /// Makes a folder and any missing folders above it, each readable by the owner only (0700).
    static Expected<void> makeFolder(const QString& path);

    /// A sentence saying that a file could not be written, with the reason.
    static QString cannotWrite(const QString& path, const QString& reason);
};

} // namespace myfyrio
