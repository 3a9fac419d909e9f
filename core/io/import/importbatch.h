#pragma once

#include "core/journal/reflection.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace myfyrio {

/// One entry read from another journal, ready to store. Its reflection carries
/// the stable id derived from the source (ImportIds) and an empty language when
/// the source does not say which it is.
struct ImportedEntry {
    Reflection reflection;
    QString source; ///< where it came from, for messages: "2020-05.txt, day 3", "notes/visit.md"
};

/// Something in the source that is not imported, and why (one sentence in the interface language).
struct SkippedItem {
    QString source;
    QString reason;
};

/// Everything one source holds, as plain values: nothing here has touched the journal.
struct ImportBatch {
    QVector<ImportedEntry> entries;
    QVector<SkippedItem> skipped;
    QStringList warnings;         ///< read, but the user should know ("2020-05 was read from 2020-05.new.txt")
    QStringList mediaNotImported; ///< photos and other files named by the source that Myfyrio does not import
    int duplicates = 0;           ///< entries the source holds twice (the same id): imported once
};

} // namespace myfyrio
