#pragma once

#include "core/io/import/journalsource.h"

class QJsonObject;

namespace myfyrio {

/// Day One's JSON export: the .zip it makes, the folder it unpacks to, or the
/// Journal.json inside. Each of entries[] becomes a reflection: "text" (its first
/// heading is the title), "creationDate" read in the entry's "timeZone" for its
/// day, "tags", "starred" as the tag "starred", and "uuid" for its stable id.
///
/// The photos, videos, audio and PDFs an entry names are found in the export by
/// the md5 (or identifier) and type Day One gives them — "photos/<md5>.jpeg" beside
/// the JSON — and become the reflection's attachments when it is stored. Only a
/// name of letters, digits, "-" and "_" is looked up; a file that is missing, a
/// link, or over 25 MB is left out with the reason.
///
/// From a .zip only the JSON entries are inflated while reading, within
/// ZipArchive's limits against zip bombs; the media are inflated one at a time
/// when they are attached, and nothing is written to disk.
class DayOneSource : public JournalSource
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::DayOneSource)

public:
    SourceKind kind() const override { return SourceKind::DayOne; }

    /// Reads one Journal.json held in memory into the batch; fails when it is not a Day One export.
    /// Its media are looked up in batch.mediaFiles, when there are any.
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
    Expected<void> readJsonIn(const QByteArray& bytes, const QString& shownName, const QString& folder,
                              ImportBatch& batch, const ImportProgress& progress) const;
    void readEntry(const QJsonObject& object, const QString& where, const QString& folder, ImportBatch& batch) const;
    void findMedia(const QJsonObject& object, const QString& folder, const ImportMediaFiles* files,
                   ImportedEntry& entry) const;
};

} // namespace myfyrio
