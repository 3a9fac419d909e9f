#pragma once

#include "core/io/import/importbatch.h"
#include "core/io/import/importprogress.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace myfyrio {

/// Another journal program whose entries Myfyrio can import.
enum class SourceKind { RedNotebook, DayOne, Jrnl, Markdown };

/// Reads the entries of another journal program into plain values (an
/// ImportBatch), without touching Myfyrio's journal: ImportWriter stores them.
///
/// Each kind of source is a small subclass. read() fails only when nothing can
/// be read at all (no such folder, not that program's export, cancelled); a bad
/// file or entry inside a source is skipped with a reason and the rest is read.
/// After the subclass has read, read() gives every entry whose source does not
/// say its language a guessed one, and skips entries that cannot be stored
/// (too long, a date outside 1900–9999) with the reason.
class JournalSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalSource)

public:
    virtual ~JournalSource();

    static std::unique_ptr<JournalSource> create(SourceKind kind);

    /// "rednotebook", "dayone", "jrnl", "markdown": the command line's names and the ids' namespace.
    static QString code(SourceKind kind);
    static bool fromCode(const QString& code, SourceKind& kind);
    /// The program's name as people know it: "RedNotebook", "Day One", "jrnl", "Markdown".
    static QString programName(SourceKind kind);

    virtual SourceKind kind() const = 0;

    /// fallbackLanguage is given to entries whose language neither the source nor the text tells.
    Expected<ImportBatch> read(const QString& path, const ImportProgress& progress = {},
                               const QString& fallbackLanguage = QStringLiteral("en")) const;

protected:
    virtual Expected<ImportBatch> readSource(const QString& path, const ImportProgress& progress) const = 0;

    /// The stable id of an entry this source names by identity.
    QString idFor(const QString& identity) const;
};

} // namespace myfyrio
