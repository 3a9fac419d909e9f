#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

/// The backup file: {"format": "myfyrio-backup", "formatVersion": 1,
/// "schemaVersion": N, "exported": "<UTC ISO time>", "tables": {"<table>":
/// [{"<column>": value, …}, …], …}}. Values are JSON strings, numbers and
/// nulls as SQLite holds them; bytes are {"base64": "…"}.
namespace myfyrio::backup {

inline QString formatName()
{
    return QStringLiteral("myfyrio-backup");
}
constexpr int formatVersion = 1;

inline QString formatKey()
{
    return QStringLiteral("format");
}
inline QString formatVersionKey()
{
    return QStringLiteral("formatVersion");
}
inline QString schemaVersionKey()
{
    return QStringLiteral("schemaVersion");
}
inline QString exportedKey()
{
    return QStringLiteral("exported");
}
inline QString tablesKey()
{
    return QStringLiteral("tables");
}
inline QString bytesKey()
{
    return QStringLiteral("base64");
}

/// A value read from SQLite as the backup writes it.
QJsonValue toJson(const QVariant& value);

/// A value from the backup as SQLite should store it; false when the JSON
/// value is not one a backup can hold (an array, or an object that is not bytes).
bool fromJson(const QJsonValue& value, QVariant& result);

} // namespace myfyrio::backup
