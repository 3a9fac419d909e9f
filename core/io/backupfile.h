#pragma once

#include "core/io/backuprow.h"
#include "core/io/journaltables.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QVector>

#include <functional>

namespace myfyrio {

/// A backup file (see backupformat.h) read as a stream, so that a journal of
/// any size is checked and imported in little memory: open() reads the whole
/// file once, checks that it is valid JSON, that it says it is a Myfyrio
/// backup of a schema this journal can take, and that every table it holds is
/// one this journal has; rows() then reads one table's records, one at a time,
/// as often as needed (the importer reads each table twice: to check, then to write).
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupFile)

public:
    /// Reads the file; a malformed or foreign file gives a sentence saying why.
    static Expected<BackupFile> open(const QString& path, const QVector<JournalTable>& journal,
                                     int journalSchemaVersion);

    /// The same from bytes already read; name is what messages call the file.
    static Expected<BackupFile> fromBytes(const QByteArray& bytes, const QString& name,
                                          const QVector<JournalTable>& journal, int journalSchemaVersion);

    QString name() const { return m_name; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The journal's tables that the file holds, parents first.
    const QVector<JournalTable>& tables() const { return m_tables; }

    /// Calls visit for every record of the table, in the file's order; visit
    /// returns false to stop. A column this journal does not have, a file
    /// changed since open() or a read error gives a sentence saying why.
    Expected<void> rows(const JournalTable& table, const std::function<bool(BackupRow&)>& visit) const;

private:
    Expected<void> scan(const QVector<JournalTable>& journal, int journalSchemaVersion);

    QString m_path;     ///< empty when reading m_bytes
    QByteArray m_bytes; ///< the file, when given as bytes
    QString m_name;
    qint64 m_size = 0;
    QDateTime m_modified;
    int m_schemaVersion = 0;
    QVector<JournalTable> m_tables;
    QHash<QString, qint64> m_offsets; ///< where each table's list starts (its '[')
};

} // namespace myfyrio
