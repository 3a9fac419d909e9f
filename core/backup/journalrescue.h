#pragma once

#include "core/backup/journalsalvage.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace myfyrio {

/// The ways back for a journal that cannot be opened because it is damaged.
/// Both keep the damaged file beside the journal, renamed
/// ("journal-damaged-20261201-101500.sqlite", with its -wal file if any),
/// and never delete it: whatever a backup or a salvage misses is still there.
/// Neither changes anything unless the new journal is ready to take its place.
class JournalRescue
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalRescue)

public:
    /// Renames the journal (and its -wal and -shm files) aside; returns the new path.
    static Expected<QString> keepAside(const QString& journalPath, const QDateTime& now);

    /// Puts a checked copy of the backup in place of the journal, keeping the
    /// damaged journal aside first. Returns where it was kept (empty when there
    /// was no journal).
    static Expected<QString> restoreOver(const QString& journalPath, const QString& backupPath, const QDateTime& now);

    /// Salvages what can still be read into a new journal in its place,
    /// keeping the damaged journal aside.
    static Expected<SalvageReport> salvage(const QString& journalPath, const QDateTime& now);

    /// How many reflections of a damaged journal were written or changed after
    /// a moment, when that can still be read (for "what would be missing").
    static std::optional<int> changedSince(const QString& journalPath, const QDateTime& when);

    /// The sentence that says how much a salvage recovered.
    static QString describe(const SalvageReport& report);
};

} // namespace myfyrio
