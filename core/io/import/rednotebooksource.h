#pragma once

#include "core/io/import/journalsource.h"

namespace myfyrio {

struct YamlNode;

/// RedNotebook's journal folder: one YAML file a month, "2024-03.txt", holding
/// {day: {text: …, <category>: {<entry>: null}}}. Each day becomes a
/// reflection; its categories become tags, and their entries are kept as lines
/// at the end of the text under the category's name, so nothing is dropped.
///
/// RedNotebook saves a month by writing "YYYY-MM.new.txt", deleting the month
/// file and renaming the new one; a crash in between leaves the month only as
/// "YYYY-MM.new.txt" or "YYYY-MM.old.txt". When the month file is missing the
/// newest leftover that can be read is imported, with a warning saying so.
class RedNotebookSource : public JournalSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::RedNotebookSource)

public:
    SourceKind kind() const override { return SourceKind::RedNotebook; }

    /// Reads the days of one month file (year and month come from its name) into the batch.
    /// Fails when the file as a whole cannot be read; a bad day is skipped with its reason.
    Expected<void> readMonth(const QByteArray& bytes, int year, int month, const QString& shownName,
                             ImportBatch& batch) const;

protected:
    Expected<ImportBatch> readSource(const QString& path, const ImportProgress& progress) const override;

private:
    void readDay(const YamlNode& key, const YamlNode& value, int year, int month, const QString& shownName,
                 ImportBatch& batch) const;
};

} // namespace myfyrio
