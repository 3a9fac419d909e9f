#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QJsonDocument>

class QIODevice;

namespace myfyrio {

class Database;

/// Writes the whole journal as one JSON file (see backupformat.h): every row
/// of every table, whatever tables the schema has, so nothing is left behind.
/// Rows are written one at a time as they are read, one to a line, so a
/// journal of any size is exported in little memory.
class BackupExporter
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupExporter)

public:
    explicit BackupExporter(const Database& database);

    /// The backup as a document; rows in the order they were written, so two exports of the same
    /// journal differ only in their "exported" time.
    Expected<QJsonDocument> document() const;

    /// Writes the backup through QSaveFile, readable by the owner only.
    Expected<void> write(const QString& path) const;

private:
    Expected<void> writeTo(QIODevice& device) const;

    const Database& m_database;
};

} // namespace myfyrio
