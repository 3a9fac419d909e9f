#pragma once

#include "core/storage/journalopening.h"
#include "core/storage/journalproblem.h"
#include "core/storage/sql.h"
#include "core/util/expected.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace myfyrio {

class BackupService;
class JournalChanges;

/// An open journal: one SQLite file, checked and migrated to the latest schema.
/// JournalOpening opens it (what is refused, when the contents are checked,
/// why it is read-only); this class keeps the connection.
///
/// While the journal is read-only every write fails with the sentence that
/// says why (see sql::readOnlySentence()). When write permission comes back,
/// the connection is opened again by itself after the next failed write.
class Database : public QObject
{
    Q_OBJECT

public:
    using OpenMode = JournalOpening::Mode;
    using Check = JournalOpening::Check;
    using ReadOnlyReason = sql::ReadOnlyReason;
    using Options = JournalOpening::Options;

    static Expected<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    /// Opens with options; problem (when given) says which problem a failure was.
    static Expected<std::unique_ptr<Database>> open(const QString& path, const Options& options,
                                                    OpenProblem* problem = nullptr);

    /// Opens a journal migrated only up to the given schema version, as an
    /// earlier Myfyrio would have left it. For tests of the migrations.
    static Expected<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    /// Another connection to a journal this process already opened (and so
    /// checked and upgraded), for a thread of its own: a connection is used
    /// only by the thread that opened it, so call this on that thread. Cheap:
    /// no check and no upgrade; a missing file, or one at another schema
    /// version, is refused. A `reason` other than None opens it for reading only.
    static Expected<std::unique_ptr<Database>> openAnother(const QString& path,
                                                           ReadOnlyReason reason = ReadOnlyReason::None);

    /// Where the journal lives when no --database is given:
    /// QStandardPaths::AppDataLocation + "/journal.sqlite".
    static QString defaultPath();

    /// How long a statement waits for another program's lock before it says
    /// the journal is in use (5 seconds unless changed).
    static void setLockWait(int milliseconds);

    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    /// Announces every change written to this journal (see JournalChanges).
    JournalChanges& changes() const { return *m_changes; }
    /// The journal's automatic backups, and backups before risky changes.
    BackupService& backups() const { return *m_backups; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    bool isReadOnly() const { return m_reason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_reason; }
    /// True once the contents have passed their check (at once with Check::Now).
    bool isChecked() const { return m_checked; }
    /// Waits until the background check has finished (for the command line and tests).
    void waitForCheck();
    /// What opening did that the user should be told (the search index was
    /// rebuilt, the file was made private), as sentences.
    QStringList notices() const { return m_notices; }

    /// Rebuilds the search index from the reflections on a thread of its own
    /// (a backup's check found it damaged); noticed() says when it is done.
    void repairSearchIndex();

    /// Closes the connection and opens it again, read-write when the file and
    /// folder now allow it.
    Expected<void> reopen();

    /// The backup written before the last migration of an existing journal, if any.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Writes a consistent copy of the journal to targetPath (which must not
    /// exist) after an integrity check, with owner-only permissions.
    Expected<void> backupTo(const QString& targetPath) const;

signals:
    /// The background check has finished. On success writes are allowed from
    /// now on (unless read-only for another reason); on failure the journal
    /// stays read-only and untouched, and message says what is wrong.
    void checkFinished(bool passed, const QString& message);
    /// isReadOnly() or readOnlyReason() changed.
    void accessChanged();
    /// Something the user should be told happened to the journal (a sentence).
    void noticed(const QString& sentence);

private:
    friend class BackupService;  // replaces the file when a backup is restored
    friend class JournalOpening; // makes it, and sets how it was opened

    Database(QString path, QString connectionName, ReadOnlyReason reason);
    Expected<void> openConnection();
    /// The problem the last failure of openConnection() stands for.
    JournalProblem openProblem() const;
    Expected<void> configure();
    Expected<void> migrate(int targetVersion);
    void setReason(ReadOnlyReason reason);
    void startBackgroundCheck();
    void noteFailure(const QSqlError& error);
    Expected<void> checkBeforeWrite();
    void recover();
    /// Puts preparedCopy (a checked journal file in the same folder) in place of
    /// the journal, atomically, and opens it.
    Expected<void> replaceFile(const QString& preparedCopy);

    QString m_path;
    QString m_connectionName;
    ReadOnlyReason m_reason = ReadOnlyReason::None;
    /// Why the journal is read-only once the check has passed (None: it is not).
    ReadOnlyReason m_afterCheck = ReadOnlyReason::None;
    bool m_checked = true;
    bool m_recoveryQueued = false;
    bool m_sidecarsExisted = true;
    QString m_migrationBackup;
    QStringList m_notices;
    QSqlError m_openError;
    QThread* m_checkThread = nullptr;
    QThread* m_repairThread = nullptr;
    std::unique_ptr<JournalChanges> m_changes;
    std::unique_ptr<BackupService> m_backups;
};

} // namespace myfyrio
