#pragma once

#include "core/io/import/journalsource.h"

namespace myfyrio {

/// A folder of Markdown notes (Obsidian daily notes, Myfyrio's own Markdown
/// export and the like): one reflection per ".md" file, read by MarkdownNote.
///
/// The folder is walked with care: hidden folders (".obsidian", ".trash",
/// ".git") are left out; a symbolic link is followed only when it leads to a
/// place inside the folder, and each real file or folder is read once, so a
/// link that leads back (a loop) is reported instead of read again and again.
class MarkdownSource : public JournalSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::MarkdownSource)

public:
    static constexpr int maxDepth = 32;
    static constexpr int maxFiles = 100000;

    SourceKind kind() const override { return SourceKind::Markdown; }

protected:
    Expected<ImportBatch> readSource(const QString& path, const ImportProgress& progress) const override;
};

} // namespace myfyrio
