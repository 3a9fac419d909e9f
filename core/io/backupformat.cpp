#include "core/io/backupformat.h"

#include <QByteArray>

namespace myfyrio::backup {

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{bytesKey(), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

bool fromJson(const QJsonValue& value, QVariant& result)
{
    switch (value.type()) {
    case QJsonValue::Null:
        result = QVariant();
        return true;
    case QJsonValue::Bool:
        result = value.toBool() ? 1 : 0;
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        result = static_cast<double>(integer) == number ? QVariant(integer) : QVariant(number);
        return true;
    }
    case QJsonValue::String:
        result = value.toString();
        return true;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.size() != 1 || !object.value(bytesKey()).isString())
            return false;
        result = QByteArray::fromBase64(object.value(bytesKey()).toString().toLatin1());
        return true;
    }
    default:
        return false;
    }
}

} // namespace myfyrio::backup
