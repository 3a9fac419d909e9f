#pragma once

#include "core/backup/backupinfo.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QVector>

namespace myfyrio {

/// The backups of a journal, read from its backups folder. Backups are only
/// ever read here, through connections that cannot write.
///
/// Reading a backup's contents opens it; on a large journal that takes a
/// moment, so the app does it on a worker thread.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupCatalog)

public:
    enum class Depth {
        Names,    ///< file names, times and sizes only
        Contents, ///< also the counts, after a quick check of every page
        Verified, ///< also SQLite's full integrity check
    };

    /// The backups of the journal at journalPath, newest first.
    static QVector<BackupInfo> list(const QString& journalPath, Depth depth);

    /// Reads one file; ours is true for a file in the backups folder named as a
    /// backup (nobody writes it, so no lock is taken).
    static BackupInfo read(const QString& file, Depth depth, bool ours = true);

    /// The newest backup that passes its full check, if any.
    static std::optional<BackupInfo> newestGood(const QString& journalPath);

    /// A backup named by its file name (as `backup list` shows it) or by a path.
    static Expected<BackupInfo> resolve(const QString& journalPath, const QString& nameOrPath);

    /// One reflection of a backup, for its preview.
    struct Entry {
        QString title;
        QDate date;
    };
    /// The reflections of a backup, newest first, at most limit of them.
    static Expected<QVector<Entry>> preview(const QString& file, int limit, bool ours = true);
};

} // namespace myfyrio
