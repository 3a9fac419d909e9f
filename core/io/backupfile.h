#pragma once

#include "core/io/journaltables.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace myfyrio {

/// The rows a backup holds for one table, checked against this journal's schema.
struct BackupTable {
    JournalTable schema;       ///< the table as this journal has it
    QVector<QJsonObject> rows; ///< as the file has them, every column known here
};

/// A backup file read and checked in full before anything is written:
/// the JSON, its format and schema version, every table and column name
/// against this journal, every value's type and every row's identity.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupFile)

public:
    /// Reads the file; a malformed or foreign file gives a sentence saying why.
    static Expected<BackupFile> read(const QString& path, const QVector<JournalTable>& journal,
                                     int journalSchemaVersion);

    /// The same from bytes already read; name is what messages call the file.
    static Expected<BackupFile> parse(const QByteArray& bytes, const QString& name,
                                      const QVector<JournalTable>& journal, int journalSchemaVersion);

    int schemaVersion() const { return m_schemaVersion; }

    /// The tables in the journal's order (parents first); tables the file lacks are left out.
    const QVector<BackupTable>& tables() const { return m_tables; }

private:
    int m_schemaVersion = 0;
    QVector<BackupTable> m_tables;
};

} // namespace myfyrio
