#pragma once

#include "core/io/import/importpreview.h"
#include "core/io/import/journalsource.h"

#include <QCoreApplication>

namespace myfyrio {

/// The import dialog's preview and summary as simple HTML, in the interface language.
class ImportPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ImportPreviewText)

public:
    static constexpr int tagsShown = 30;

    static QString heading(SourceKind kind);
    static QString preview(const ImportPreview& preview, bool backupFirst);
    /// lines: ImportSummary's; backupPath: the copy made first, if any.
    static QString summary(const QStringList& lines, const QString& backupPath);
    static QString failure(const QString& error);
};

} // namespace myfyrio
