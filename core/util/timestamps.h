#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace myfyrio::timestamps {

/// Dates are stored as yyyy-MM-dd, times as UTC ISO 8601 with milliseconds.
QString toStorage(const QDate& date);
QString toStorage(const QDateTime& time);
QDate dateFromStorage(const QString& text);
QDateTime timeFromStorage(const QString& text);

/// Strict yyyy-MM-dd parsing: 2024-02-30 and 2024-2-3 are invalid.
QDate parseIsoDate(const QString& text);

/// The current time in UTC, truncated to milliseconds (what the database keeps).
QDateTime nowUtc();

} // namespace myfyrio::timestamps
