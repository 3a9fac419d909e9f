#pragma once

#include "core/io/import/importbatch.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QDate>

namespace myfyrio {

struct YamlNode;

/// One Markdown note read into a reflection.
///
/// YAML front matter, when there is one, gives title, date, tags and lang (as
/// Obsidian and other tools write them). Without it the date comes from the
/// file's name ("2024-03-01 Team meeting.md") and the title from the first
/// heading. A file Myfyrio exported (its front matter has an id and a model)
/// comes back as it was: its id, supervision mark, model, scale, failure
/// placement, times, the answers under their prompts' titles and the actions.
class MarkdownNote
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::MarkdownNote)

public:
    /// Reads a note's text. relativePath names it in messages and, for a note without an id of its
    /// own, makes its stable id; fileDate is the day to use when neither name nor front matter has one
    /// (usedFileDate is then set).
    static Expected<ImportedEntry> read(const QByteArray& bytes, const QString& relativePath, const QDate& fileDate,
                                        bool* usedFileDate = nullptr);

private:
    static void readFrontMatter(const YamlNode& front, Reflection& r, bool& ownExport, bool& hasDate);
    static void readOwnSections(QString& body, Reflection& r);
};

} // namespace myfyrio
