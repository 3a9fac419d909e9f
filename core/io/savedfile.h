#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// Writes the files the product exports (backups, Markdown, PDF): always
/// through QSaveFile, so that a failure half-way leaves no partial file and
/// never damages an earlier copy, and readable by the owner only.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SavedFile)

public:
    /// Writes bytes to path in one go.
    static Expected<void> write(const QString& path, const QByteArray& bytes);

    /// A sentence saying that a file could not be written, with the reason.
    static QString cannotWrite(const QString& path, const QString& reason);
};

} // namespace myfyrio
