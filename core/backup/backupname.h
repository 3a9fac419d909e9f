#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace myfyrio {

/// Why a backup was made.
enum class BackupReason {
    Scheduled,        ///< while changes were being made (at most every 30 minutes)
    Opened,           ///< when the journal was opened, the newest backup being over a day old
    Closed,           ///< when the journal was closed after changes
    BeforeUpgrade,    ///< before the journal's schema was upgraded
    BeforeImport,     ///< before an import into the journal
    BeforeRestore,    ///< before another backup was restored over the journal
    BeforeEmptyTrash, ///< before the trash was emptied
    Manual,           ///< asked for (Back Up Now, `myfyrio backup create`)
};

/// The name of a backup file, which is how Myfyrio knows the files it made.
///
/// Backups of the journal "journal.sqlite" live in the folder "backups" beside
/// it and are named "journal.sqlite-20261201-101500-123-auto.sqlite": the
/// journal's file name, the moment it was made (UTC, to the millisecond) and
/// why. Only a file named exactly so (and carrying the journal's application
/// id) is ever thinned out; nothing else in the folder is touched.
struct BackupName {
    QString fileName;
    QDateTime created; ///< UTC
    BackupReason reason = BackupReason::Manual;

    /// The folder that holds the backups of the journal at journalPath.
    static QString folderFor(const QString& journalPath);
    /// The file name of a backup of the journal made at created (UTC).
    static QString fileNameFor(const QString& journalPath, const QDateTime& created, BackupReason reason);
    /// The name's parts, when fileName is the name of a backup of this journal.
    static std::optional<BackupName> parse(const QString& journalPath, const QString& fileName);

    /// The short code of a reason in file names and in `backup list --json`.
    static QString code(BackupReason reason);
};

/// Why a backup was made, as a phrase for lists in the interface language.
class BackupReasons
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupReasons)

public:
    static QString describe(BackupReason reason);
};

} // namespace myfyrio
