#pragma once

#include "core/io/import/importmedia.h"
#include "core/journal/reflection.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace myfyrio {

/// Something in the source that is not imported, and why (one sentence in the interface language).
struct SkippedItem {
    QString source;
    QString reason;
};

/// One entry read from another journal, ready to store. Its reflection carries
/// the stable id derived from the source (ImportIds) and an empty language when
/// the source does not say which it is.
struct ImportedEntry {
    Reflection reflection;
    QString source; ///< where it came from, for messages: "2020-05.txt, day 3", "notes/visit.md"
    /// Files the source keeps with the entry (Day One's photos), attached when the entry is added.
    QVector<ImportedMedia> media;
    /// Files the entry names that cannot be attached (missing, over 25 MB, a link), and why.
    QVector<SkippedItem> mediaLeftOut;
};

/// Everything one source holds, as plain values: nothing here has touched the journal.
struct ImportBatch {
    QVector<ImportedEntry> entries;
    QVector<SkippedItem> skipped;
    QStringList warnings; ///< read, but the user should know ("2020-05 was read from 2020-05.new.txt")
    int duplicates = 0;   ///< entries the source holds twice (the same id): imported once
    /// Reads the bytes of the entries' media, one file at a time, when they are attached; null when
    /// the source has none. Shared by copies of the batch.
    std::shared_ptr<const ImportMediaFiles> mediaFiles;
};

} // namespace myfyrio
