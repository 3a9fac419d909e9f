#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace myfyrio {

class JournalChanges;

/// An open journal: one SQLite file, checked and migrated to the latest schema.
///
/// Opening never replaces or "repairs" a file it does not recognise: a file that
/// is not SQLite, belongs to another program, fails its quick check or was made
/// by a newer Myfyrio is refused with a sentence saying why, and left untouched.
/// New files are created readable and writable by their owner only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::Database)

public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    static Expected<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);

    /// Opens a journal migrated only up to the given schema version, as an
    /// earlier Myfyrio would have left it. For tests of the migrations.
    static Expected<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    /// Another connection to a journal this process already opened (and so
    /// checked and upgraded), for a thread of its own: a connection is used
    /// only by the thread that opened it, so call this on that thread. Cheap:
    /// no check and no upgrade; a missing file, or one at another schema
    /// version, is refused. `readOnly` opens it for reading only.
    static Expected<std::unique_ptr<Database>> openAnother(const QString& path, bool readOnly = false);

    /// Where the journal lives when no --database is given:
    /// QStandardPaths::AppDataLocation + "/journal.sqlite".
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    /// Announces every change written to this journal (see JournalChanges).
    JournalChanges& changes() const { return *m_changes; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// The backup written before the last migration of an existing journal, if any.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Writes a consistent copy of the journal to targetPath (which must not
    /// exist) after an integrity check, with owner-only permissions.
    Expected<void> backupTo(const QString& targetPath) const;

private:
    Database(QString path, QString connectionName);
    static Expected<std::unique_ptr<Database>> openUpTo(const QString& path, OpenMode mode, int targetVersion);
    Expected<void> configure();
    Expected<void> migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    std::unique_ptr<JournalChanges> m_changes;
};

} // namespace myfyrio
