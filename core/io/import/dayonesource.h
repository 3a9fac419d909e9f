#pragma once

#include "core/io/import/journalsource.h"

class QJsonObject;

namespace myfyrio {

/// Day One's JSON export: the .zip it makes, the folder it unpacks to, or the
/// Journal.json inside. Each of entries[] becomes a reflection: "text" (its first
/// heading is the title), "creationDate" read in the entry's "timeZone" for its
/// day, "tags", "starred" as the tag "starred", and "uuid" for its stable id.
/// Photos, videos, audio and PDFs are not imported yet; they are counted and named.
///
/// From a .zip only the JSON entries are inflated, within ZipArchive's limits
/// against zip bombs; the media in it are never read.
class DayOneSource : public JournalSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::DayOneSource)

public:
    SourceKind kind() const override { return SourceKind::DayOne; }

    /// Reads one Journal.json held in memory into the batch; fails when it is not a Day One export.
    Expected<void> readJson(const QByteArray& bytes, const QString& shownName, ImportBatch& batch,
                            const ImportProgress& progress = {}) const;
    /// Reads a Day One .zip held in memory (for tests and the fuzzer).
    Expected<ImportBatch> readZipBytes(const QByteArray& bytes, const QString& shownName,
                                       const ImportProgress& progress = {}) const;

protected:
    Expected<ImportBatch> readSource(const QString& path, const ImportProgress& progress) const override;

private:
    Expected<ImportBatch> readZip(const QString& path, const ImportProgress& progress) const;
    Expected<ImportBatch> readFolder(const QString& path, const ImportProgress& progress) const;
    void readEntry(const QJsonObject& object, const QString& where, ImportBatch& batch) const;
};

} // namespace myfyrio
