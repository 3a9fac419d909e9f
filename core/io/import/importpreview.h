#pragma once

#include "core/io/import/importbatch.h"

#include <QDate>
#include <QPair>
#include <QSet>

namespace myfyrio {

/// What an import would bring in, to show before anything changes: how many
/// entries, how many are new, their dates, tags and languages, a few titles,
/// how many photos come with them, and what is skipped or left out and why.
struct ImportPreview {
    static constexpr int sampleSize = 5;

    int entries = 0;  ///< entries that can be imported
    int toAdd = 0;    ///< of those, the ones the journal does not have
    int existing = 0; ///< already in the journal, or held twice by the source
    QDate first;
    QDate last;
    QVector<QPair<QString, int>> tags; ///< each tag and how many entries have it, sorted for display
    QStringList sampleTitles;          ///< a few titles, spread over the dates, oldest first
    int welsh = 0;
    int english = 0;
    QVector<SkippedItem> skipped;
    QStringList warnings;
    int toAttach = 0;                  ///< photos and other files of the new entries that will be attached
    QVector<SkippedItem> mediaLeftOut; ///< files of the new entries that will not be, and why

    static ImportPreview of(const ImportBatch& batch, const QSet<QString>& existingIds);
};

} // namespace myfyrio
