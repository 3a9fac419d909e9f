#include "core/util/timestamps.h"

#include <QRegularExpression>

namespace myfyrio::timestamps {

QString toStorage(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString toStorage(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDate dateFromStorage(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime timeFromStorage(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace myfyrio::timestamps
