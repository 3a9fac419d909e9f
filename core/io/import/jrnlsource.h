#pragma once

#include "core/io/import/journalsource.h"

namespace myfyrio {

/// jrnl's JSON export (`jrnl --export json`): {"entries": [{"date", "time",
/// "title", "body", "tags", "starred"}]}. Tags lose jrnl's "@"; a starred entry
/// gets the tag "starred". jrnl has no ids, so an entry is known by its date,
/// time and title.
class JrnlSource : public JournalSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JrnlSource)

public:
    SourceKind kind() const override { return SourceKind::Jrnl; }

    /// Reads an export already in memory (for tests and the fuzzer).
    Expected<ImportBatch> readBytes(const QByteArray& bytes, const QString& shownName,
                                    const ImportProgress& progress = {}) const;

protected:
    Expected<ImportBatch> readSource(const QString& path, const ImportProgress& progress) const override;
};

} // namespace myfyrio
