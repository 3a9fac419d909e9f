#include "core/io/backupfile.h"

#include "core/io/backupformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace myfyrio {

namespace {

/// Backups are text; a file far larger than any journal is refused before parsing.
constexpr qint64 largestBackup = qint64(1) << 30;

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

} // namespace

Expected<BackupFile> BackupFile::read(const QString& path, const QVector<JournalTable>& journal,
                                      int journalSchemaVersion)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a name; %2 is a sentence saying what went wrong.
        return Failure{tr("“%1” could not be opened: %2").arg(name, file.errorString())};
    if (file.size() > largestBackup)
        //: %1 is a name.
        return Failure{tr("“%1” is too large to be a Myfyrio backup.").arg(name)};
    return parse(file.readAll(), name, journal, journalSchemaVersion);
}

Expected<BackupFile> BackupFile::parse(const QByteArray& bytes, const QString& name,
                                       const QVector<JournalTable>& journal, int journalSchemaVersion)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        //: %1 is a file name; %2 says what is wrong with the JSON; %3 is a number (a position in the file).
        return Failure{tr("“%1” is not a Myfyrio backup: it is not valid JSON (%2 at character %3).")
                           .arg(name, error.errorString())
                           .arg(error.offset)};
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(backup::formatKey()).toString() != backup::formatName())
        //: %1 is what the person typed.
        return Failure{tr("“%1” is not a Myfyrio backup: it does not say it is one.").arg(name)};
    const QJsonValue format = root.value(backup::formatVersionKey());
    const QJsonValue schema = root.value(backup::schemaVersionKey());
    if (!isWholeNumber(format) || !isWholeNumber(schema) || schema.toInteger() < 1)
        //: %1 is what the person typed.
        return Failure{tr("“%1” is not a Myfyrio backup: its version numbers are missing.").arg(name)};
    if (format.toInteger() > backup::formatVersion || schema.toInteger() > journalSchemaVersion)
        return Failure{
            //: %1 is a name.
            tr("“%1” was made by a newer version of Myfyrio. Update Myfyrio, then import it again.").arg(name)};
    if (!root.value(backup::tablesKey()).isObject())
        //: %1 is what the person typed.
        return Failure{tr("“%1” is not a Myfyrio backup: it holds no tables.").arg(name)};
    const QJsonObject tables = root.value(backup::tablesKey()).toObject();

    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const bool known =
            std::any_of(journal.cbegin(), journal.cend(), [&it](const JournalTable& t) { return t.name == it.key(); });
        if (!known)
            //: %1 is what the person typed; %2 is what the person typed.
            return Failure{tr("“%1” holds a table “%2” that this journal does not have. Nothing was imported.")
                               .arg(name, it.key())};
        if (!it.value().isArray())
            //: %1 is what the person typed; %2 is what the person typed.
            return Failure{tr("“%1” is damaged: the table “%2” is not a list of records. Nothing was imported.")
                               .arg(name, it.key())};
    }

    BackupFile result;
    result.m_schemaVersion = static_cast<int>(schema.toInteger());
    for (const JournalTable& table : journal) {
        if (!tables.contains(table.name))
            continue;
        BackupTable parsed;
        parsed.schema = table;
        const QJsonArray rows = tables.value(table.name).toArray();
        int number = 0;
        for (const QJsonValue& value : rows) {
            ++number;
            if (!value.isObject())
                //: %1 is a file name; %2 is a record number; %3 is a table name.
                return Failure{tr("“%1” is damaged: record %2 of the table “%3” is not a record. "
                                  "Nothing was imported.")
                                   .arg(name)
                                   .arg(number)
                                   .arg(table.name)};
            const QJsonObject row = value.toObject();
            for (auto column = row.begin(); column != row.end(); ++column) {
                QVariant converted;
                if (!table.hasColumn(column.key()))
                    //: %1 is what the person typed; %2 is what the person typed; %3 is what the person typed.
                    return Failure{tr("“%1” holds a column “%2” in the table “%3” that this journal does not "
                                      "have. Nothing was imported.")
                                       .arg(name, column.key(), table.name)};
                if (!backup::fromJson(column.value(), converted))
                    //: %1 is what the person typed; %2 is what the person typed; %3 is a number; %4 is what the person
                    //: typed.
                    return Failure{tr("“%1” is damaged: the value of “%2” in record %3 of the table “%4” "
                                      "cannot be stored. Nothing was imported.")
                                       .arg(name, column.key())
                                       .arg(number)
                                       .arg(table.name)};
            }
            for (const QString& key : table.identity) {
                if (!row.contains(key) || (table.identity.size() < table.columns.size() && row.value(key).isNull()))
                    //: %1 is a file name; %2 is a record number; %3 is a table name; %4 is a column name.
                    return Failure{tr("“%1” is damaged: record %2 of the table “%3” has no “%4”. "
                                      "Nothing was imported.")
                                       .arg(name)
                                       .arg(number)
                                       .arg(table.name, key)};
            }
            parsed.rows.append(row);
        }
        result.m_tables.append(std::move(parsed));
    }
    return result;
}

} // namespace myfyrio
