#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "myfyrio.sql")

namespace myfyrio::sql {

QString describe(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    // SQLite's primary result codes (the driver reports the extended code's text).
    const int code = native.toInt();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal is in use by another program. Close it there and try again.");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal cannot be changed because its file or folder is read-only.");
    case 10: // SQLITE_IOERR
        //: %1 is the database's own message, in English.
        return QCoreApplication::translate("myfyrio::sql", "The journal could not be written to the disk (%1).")
            .arg(error.databaseText());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal file is damaged. Restore it from a backup copy.");
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("myfyrio::sql", "The disk is full. Free some space and try again.");
    default:
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    //: %1 is the database's own message, in English.
    return QCoreApplication::translate("myfyrio::sql", "The journal could not be read or written: %1").arg(detail);
}

Expected<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantMap& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qCWarning(lcSql) << "could not prepare" << statement << query.lastError().text();
        return Failure{describe(query.lastError())};
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A null QString binds as SQL NULL; text columns want an empty string.
        const QVariant& value = it.value();
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + it.key(), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        qCWarning(lcSql) << "could not run" << statement << query.lastError().text();
        return Failure{describe(query.lastError())};
    }
    return query;
}

Expected<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantMap& values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.failure();
    if (query->next())
        return query->value(0);
    return QVariant();
}

} // namespace myfyrio::sql
