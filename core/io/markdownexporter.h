#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QCoreApplication>

namespace myfyrio {

class Database;

/// Writes every reflection as a Markdown file of its own into a folder: YAML
/// front matter (id, title, date, tags, lang, bringToSupervision, model, scale,
/// failure), then the text and each answer under its prompt's title. Files are
/// named by date and title ("2024-03-01-ymweliad-cartref.md"); each is written
/// through QSaveFile.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::MarkdownExporter)

public:
    explicit MarkdownExporter(const Database& database);

    /// Writes the files; returns how many. With overwrite false, a file of the
    /// same name already in the folder stops the export before anything is written.
    Expected<int> write(const QString& folder, bool overwrite = false) const;

    /// One reflection as Markdown (models and prompt titles in the reflection's language).
    QString markdown(const Reflection& reflection) const;

    /// "2024-03-01-ymweliad-cartref": the date and the title in plain letters.
    static QString baseName(const Reflection& reflection);

private:
    const Database& m_database;
};

} // namespace myfyrio
