#include "core/io/backupfile.h"

#include "core/io/backupformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <vector>

namespace myfyrio {

namespace {

// Iterative parsing keeps a hostile file nested a million levels deep off the stack.
// The first reading checks that every string is valid UTF-8; the later ones read
// the same bytes (the file's size and time are checked), so they need not again.
constexpr unsigned wholeFile = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
constexpr unsigned oneValue = rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag;

QString textOf(const char* text, rapidjson::SizeType length)
{
    // An empty JSON string is an empty text, never SQL NULL.
    return length == 0 ? QStringLiteral("") : QString::fromUtf8(text, static_cast<qsizetype>(length));
}

/// A number as SQLite keeps it: whole numbers as integers.
QVariant numberOf(double value)
{
    constexpr double limit = 9223372036854775807.0;
    if (std::isfinite(value) && std::floor(value) == value && value >= -limit && value < limit)
        return QVariant(static_cast<qint64>(value));
    return QVariant(value);
}

/// What one reading gave: rapidjson's result, or a file that could not be read.
struct Reading {
    rapidjson::ParseResult result;
    bool unreadable = false;

    bool stoppedByHandler() const { return result.Code() == rapidjson::kParseErrorTermination; }
    bool invalid() const { return result.IsError() && !stoppedByHandler(); }
};

/// Reads a file (or bytes) from an offset with rapidjson.
class Source
{
public:
    Source(const QString& path, const QByteArray& bytes) : m_path(path), m_bytes(bytes) {}

    template <unsigned Flags, typename Handler> Reading parse(qint64 offset, Handler& handler) const
    {
        rapidjson::Reader reader;
        Reading reading;
        if (m_path.isEmpty()) {
            const qsizetype start = qMin<qsizetype>(offset, m_bytes.size());
            rapidjson::MemoryStream stream(m_bytes.constData() + start, static_cast<size_t>(m_bytes.size() - start));
            handler.setTell([&stream, start] { return static_cast<qint64>(stream.Tell()) + start; });
            reading.result = reader.Parse<Flags>(stream, handler);
            return reading;
        }
        std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(QFile::encodeName(m_path).constData(), "rb"),
                                                   &std::fclose);
        if (!file || fseeko(file.get(), static_cast<off_t>(offset), SEEK_SET) != 0) {
            reading.unreadable = true;
            return reading;
        }
        std::vector<char> buffer(1 << 16);
        rapidjson::FileReadStream stream(file.get(), buffer.data(), buffer.size());
        handler.setTell([&stream, offset] { return static_cast<qint64>(stream.Tell()) + offset; });
        reading.result = reader.Parse<Flags>(stream, handler);
        reading.unreadable = std::ferror(file.get()) != 0;
        return reading;
    }

private:
    const QString& m_path;
    const QByteArray& m_bytes;
};

/// Handler parts every reader here shares: depth and the stream position.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    void setTell(std::function<qint64()> tell) { m_tell = std::move(tell); }

protected:
    std::function<qint64()> m_tell;
    int m_depth = 0;
};

/// The first reading: the header's values and where each table's list starts.
class ScanHandler : public Handler
{
public:
    QString format;
    std::optional<double> formatVersion;
    std::optional<double> schemaVersion;
    bool rootIsObject = false;
    bool hasTables = false;
    QStringList tableNames;
    QStringList notLists;
    QHash<QString, qint64> offsets;

    bool Null() { return scalar(QVariant()); }
    bool Bool(bool b) { return scalar(QVariant(b ? 1 : 0)); }
    bool Int(int i) { return scalar(QVariant(static_cast<qint64>(i))); }
    bool Uint(unsigned u) { return scalar(QVariant(static_cast<qint64>(u))); }
    bool Int64(int64_t i) { return scalar(QVariant(static_cast<qint64>(i))); }
    bool Uint64(uint64_t u) { return scalar(QVariant(static_cast<double>(u))); }
    bool Double(double d) { return scalar(QVariant(d)); }
    bool String(const char* text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1 && m_key == backup::formatKey())
            format = textOf(text, length);
        return scalar(QVariant());
    }
    bool Key(const char* text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1 || (m_depth == 2 && m_inTables))
            m_key = textOf(text, length);
        return true;
    }
    bool StartObject()
    {
        if (m_depth == 0)
            rootIsObject = true;
        else if (m_depth == 1 && m_key == backup::tablesKey()) {
            hasTables = true;
            m_inTables = true;
        } else if (m_depth == 2 && m_inTables)
            notList();
        ++m_depth;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --m_depth;
        if (m_depth == 1)
            m_inTables = false;
        return true;
    }
    bool StartArray()
    {
        if (m_depth == 0)
            return false; // not a backup: no need to read further
        if (m_depth == 2 && m_inTables) {
            tableNames << m_key;
            offsets.insert(m_key, m_tell() - 1);
        }
        ++m_depth;
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        --m_depth;
        return true;
    }

private:
    bool scalar(const QVariant& value)
    {
        if (m_depth == 0)
            return false;
        if (m_depth == 1 && value.isValid() && m_key == backup::formatVersionKey())
            formatVersion = value.toDouble();
        else if (m_depth == 1 && value.isValid() && m_key == backup::schemaVersionKey())
            schemaVersion = value.toDouble();
        else if (m_depth == 2 && m_inTables)
            notList();
        return true;
    }
    void notList()
    {
        tableNames << m_key;
        notLists << m_key;
    }

    QString m_key;
    bool m_inTables = false;
};

/// The second and later readings: one table's records, one at a time.
class RowsHandler : public Handler
{
public:
    RowsHandler(const JournalTable& table, const QString& fileName, const std::function<bool(BackupRow&)>& visit)
        : m_table(table), m_fileName(fileName), m_visit(visit)
    {
        for (const QString& column : table.columns)
            m_names.append(column.toUtf8());
    }

    QString failure; ///< set when reading stopped for a reason of the file's

    bool Null() { return scalar(QVariant()); }
    bool Bool(bool b) { return scalar(QVariant(static_cast<qint64>(b ? 1 : 0))); }
    bool Int(int i) { return scalar(QVariant(static_cast<qint64>(i))); }
    bool Uint(unsigned u) { return scalar(QVariant(static_cast<qint64>(u))); }
    bool Int64(int64_t i) { return scalar(QVariant(static_cast<qint64>(i))); }
    bool Uint64(uint64_t u) { return scalar(numberOf(static_cast<double>(u))); }
    bool Double(double d) { return scalar(numberOf(d)); }
    bool String(const char* text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 3 && m_bytesKey) {
            m_bytes = QByteArray::fromBase64(QByteArray(text, static_cast<qsizetype>(length)));
            m_bytesValue = true;
            return true;
        }
        return scalar(QVariant(textOf(text, length)));
    }
    bool Key(const char* text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 2) {
            const QByteArrayView key(text, static_cast<qsizetype>(length));
            const auto found = std::find(m_names.cbegin(), m_names.cend(), key);
            if (found == m_names.cend()) {
                //: %1 is the backup file's name, %2 the column's name, %3 the table's name.
                failure = BackupFile::tr("“%1” holds a column “%2” in the table “%3” that this journal does not "
                                         "have. Nothing was imported.")
                              .arg(m_fileName, textOf(text, length), m_table.name);
                return false;
            }
            m_column = static_cast<int>(found - m_names.cbegin());
            if (m_column >= 64) {
                //: %1 is the backup file's name, %2 the table's name.
                failure = BackupFile::tr("“%1” cannot be imported: the table “%2” has more columns than an "
                                         "import can hold. Nothing was imported.")
                              .arg(m_fileName, m_table.name);
                return false;
            }
        } else if (m_depth == 3) {
            m_bytesKey = ++m_bytesKeys == 1 && QByteArrayView(text, static_cast<qsizetype>(length)) == "base64";
        }
        return true;
    }
    bool StartObject()
    {
        if (m_depth == 1)
            beginRow();
        else if (m_depth == 2) {
            m_bytesKeys = 0;
            m_bytesKey = false;
            m_bytesValue = false;
        } else if (m_depth == 3) {
            m_bytesKeys = 2; // an object inside: not bytes
        }
        ++m_depth;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --m_depth;
        if (m_depth == 1)
            return endRow();
        if (m_depth == 2) {
            if (m_bytesValue && m_bytesKeys == 1)
                set(QVariant(m_bytes));
            else
                cannotStore();
        }
        return true;
    }
    bool StartArray()
    {
        if (m_depth == 1) {
            beginRow();
            m_row.problem = notRecord();
        } else if (m_depth == 2)
            cannotStore();
        else if (m_depth == 3)
            m_bytesKeys = 2;
        ++m_depth;
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        --m_depth;
        if (m_depth == 1)
            return endRow();
        return true;
    }

private:
    static QString notRecord() { return BackupFile::tr("It is not a record."); }

    bool scalar(const QVariant& value)
    {
        if (m_depth == 1) {
            beginRow();
            m_row.problem = notRecord();
            return endRow();
        }
        if (m_depth == 2)
            set(value);
        else if (m_depth == 3)
            m_bytesKeys = 2; // {"base64": 12} or more keys: not bytes
        return true;
    }
    void set(const QVariant& value)
    {
        m_row.values[m_column] = value;
        m_row.given |= quint64(1) << m_column;
    }
    void cannotStore()
    {
        if (m_row.problem.isEmpty())
            //: %1 is the name of a column.
            m_row.problem = BackupFile::tr("The value of “%1” cannot be stored.").arg(m_table.columns.at(m_column));
    }
    void beginRow()
    {
        m_row.number = ++m_number;
        m_row.given = 0;
        m_row.problem.clear();
        m_row.values.fill(QVariant(), m_table.columns.size());
    }
    bool endRow() { return m_visit(m_row); }

    const JournalTable& m_table;
    const QString& m_fileName;
    const std::function<bool(BackupRow&)>& m_visit;
    QVector<QByteArray> m_names;
    BackupRow m_row;
    int m_number = 0;
    int m_column = 0;
    int m_bytesKeys = 0;
    bool m_bytesKey = false;
    bool m_bytesValue = false;
    QByteArray m_bytes;
};

bool isWholeNumber(const std::optional<double>& value)
{
    return value && std::isfinite(*value) && std::floor(*value) == *value;
}

} // namespace

Expected<BackupFile> BackupFile::open(const QString& path, const QVector<JournalTable>& journal,
                                      int journalSchemaVersion)
{
    BackupFile file;
    file.m_path = path;
    file.m_name = QDir::toNativeSeparators(path);
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        //: %1 is the backup file's name; %2 is a sentence saying what went wrong.
        return Failure{tr("“%1” could not be opened: %2").arg(file.m_name, probe.errorString())};
    const QFileInfo info(path);
    file.m_size = info.size();
    file.m_modified = info.lastModified();
    if (auto scanned = file.scan(journal, journalSchemaVersion); !scanned)
        return scanned.failure();
    return file;
}

Expected<BackupFile> BackupFile::fromBytes(const QByteArray& bytes, const QString& name,
                                           const QVector<JournalTable>& journal, int journalSchemaVersion)
{
    BackupFile file;
    file.m_bytes = bytes;
    file.m_name = name;
    file.m_size = bytes.size();
    if (auto scanned = file.scan(journal, journalSchemaVersion); !scanned)
        return scanned.failure();
    return file;
}

Expected<void> BackupFile::scan(const QVector<JournalTable>& journal, int journalSchemaVersion)
{
    ScanHandler scan;
    const Reading reading = Source(m_path, m_bytes).parse<wholeFile>(0, scan);
    if (reading.unreadable)
        //: %1 is the backup file's name.
        return Failure{tr("“%1” could not be read.").arg(m_name)};
    if (reading.invalid())
        //: %1 is the backup file's name, %2 the byte of the file where the fault is.
        return Failure{tr("“%1” is not a Myfyrio backup: it is not valid JSON (the fault is near byte %2).")
                           .arg(m_name)
                           .arg(reading.result.Offset())};
    if (!scan.rootIsObject)
        //: %1 is the backup file's name.
        return Failure{tr("“%1” is not a Myfyrio backup: it does not say it is one.").arg(m_name)};
    if (scan.format != backup::formatName())
        //: %1 is the backup file's name.
        return Failure{tr("“%1” is not a Myfyrio backup: it does not say it is one.").arg(m_name)};
    if (!isWholeNumber(scan.formatVersion) || !isWholeNumber(scan.schemaVersion) || *scan.schemaVersion < 1)
        //: %1 is the backup file's name.
        return Failure{tr("“%1” is not a Myfyrio backup: its version numbers are missing.").arg(m_name)};
    if (*scan.formatVersion > backup::formatVersion || *scan.schemaVersion > journalSchemaVersion)
        return Failure{
            //: %1 is the backup file's name.
            tr("“%1” was made by a newer version of Myfyrio. Update Myfyrio, then import it again.").arg(m_name)};
    if (!scan.hasTables)
        //: %1 is the backup file's name.
        return Failure{tr("“%1” is not a Myfyrio backup: it holds no tables.").arg(m_name)};
    for (const QString& name : std::as_const(scan.tableNames)) {
        const bool known =
            std::any_of(journal.cbegin(), journal.cend(), [&name](const JournalTable& t) { return t.name == name; });
        if (!known)
            return Failure{
                //: %1 is the backup file's name; %2 is the name of a table in it.
                tr("“%1” holds a table “%2” that this journal does not have. Nothing was imported.").arg(m_name, name)};
        if (scan.notLists.contains(name))
            //: %1 is the backup file's name; %2 is the name of a table in it.
            return Failure{tr("“%1” is damaged: the table “%2” is not a list of records. Nothing was imported.")
                               .arg(m_name, name)};
        if (scan.tableNames.count(name) > 1)
            return Failure{
                //: %1 is the backup file's name, %2 the table's name.
                tr("“%1” is damaged: it holds the table “%2” twice. Nothing was imported.").arg(m_name, name)};
    }
    m_schemaVersion = static_cast<int>(*scan.schemaVersion);
    m_offsets = scan.offsets;
    for (const JournalTable& table : journal) {
        if (m_offsets.contains(table.name))
            m_tables.append(table);
    }
    return {};
}

Expected<void> BackupFile::rows(const JournalTable& table, const std::function<bool(BackupRow&)>& visit) const
{
    if (!m_offsets.contains(table.name))
        return {};
    if (!m_path.isEmpty()) {
        const QFileInfo info(m_path);
        if (info.size() != m_size || info.lastModified() != m_modified)
            //: %1 is the backup file's name.
            return Failure{tr("“%1” changed while it was being imported. Nothing was imported.").arg(m_name)};
    }
    RowsHandler handler(table, m_name, visit);
    const Reading reading = Source(m_path, m_bytes).parse<oneValue>(m_offsets.value(table.name), handler);
    if (!handler.failure.isEmpty())
        return Failure{handler.failure};
    if (reading.unreadable)
        //: %1 is the backup file's name.
        return Failure{tr("“%1” could not be read.").arg(m_name)};
    if (reading.invalid())
        //: %1 is the backup file's name.
        return Failure{tr("“%1” changed while it was being imported. Nothing was imported.").arg(m_name)};
    // Stopped by visit, which knows why.
    return {};
}

} // namespace myfyrio
