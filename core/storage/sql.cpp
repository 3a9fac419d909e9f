#include "core/storage/sql.h"

#include "core/storage/statementreuse.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>

#include <optional>

// Off by default, so that no statement or SQLite text is printed before the
// user's own message: QT_LOGGING_RULES="myfyrio.sql=true" turns it on.
Q_LOGGING_CATEGORY(lcSql, "myfyrio.sql", QtCriticalMsg)

namespace myfyrio::sql {

namespace {

struct ConnectionNotes {
    ReadOnlyReason reason = ReadOnlyReason::None;
    FailureHook hook;
    WriteGate gate;
};

QMutex& notesMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ConnectionNotes>& notes()
{
    static QHash<QString, ConnectionNotes> all;
    return all;
}

} // namespace

ErrorKind kindOf(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return ErrorKind::None;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return ErrorKind::Other;
    // SQLite's extended result code for "the file was moved or deleted while open".
    constexpr int readOnlyDatabaseMoved = 8 | (4 << 8);
    if (code == readOnlyDatabaseMoved)
        return ErrorKind::Moved;
    // SQLite's primary result codes (the driver reports the extended code).
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Busy;
    case 8: // SQLITE_READONLY
        return ErrorKind::ReadOnly;
    case 10: // SQLITE_IOERR
        return ErrorKind::Disk;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return ErrorKind::Damaged;
    case 13: // SQLITE_FULL
        return ErrorKind::Full;
    case 14: // SQLITE_CANTOPEN
        return ErrorKind::CannotOpen;
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return ErrorKind::Denied;
    case 19: // SQLITE_CONSTRAINT
        return ErrorKind::Constraint;
    default:
        return ErrorKind::Other;
    }
}

QString readOnlySentence(ReadOnlyReason reason)
{
    switch (reason) {
    case ReadOnlyReason::Checking:
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal is still being checked, so nothing can be saved for a moment. "
                                           "Your changes are kept and will be saved once the check is done.");
    case ReadOnlyReason::OtherWindow:
        return QCoreApplication::translate(
            "myfyrio::sql", "This journal is open in another Myfyrio window, so this window can only show it. "
                            "Make your changes in the other window.");
    case ReadOnlyReason::FileReadOnly:
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal cannot be changed because its file is read-only. "
                                           "Allow writing to the file and your changes will be saved.");
    case ReadOnlyReason::FolderReadOnly:
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal cannot be changed because its folder is read-only. "
                                           "Allow writing to the folder and your changes will be saved.");
    case ReadOnlyReason::Damaged:
        return QCoreApplication::translate(
            "myfyrio::sql", "The journal failed its check, so nothing is saved to it. It has been left as it was.");
    case ReadOnlyReason::None:
        break;
    }
    return QCoreApplication::translate("myfyrio::sql",
                                       "The journal cannot be changed because its file or folder is read-only.");
}

QString describe(const QSqlError& error)
{
    switch (kindOf(error)) {
    case ErrorKind::Busy:
        return QCoreApplication::translate("myfyrio::sql",
                                           "The journal is in use by another program. Close it there and try again.");
    case ErrorKind::ReadOnly:
        return readOnlySentence(ReadOnlyReason::None);
    case ErrorKind::Moved:
        return QCoreApplication::translate(
            "myfyrio::sql", "The journal file was moved or deleted while Myfyrio had it open, so nothing more can be "
                            "saved to it. Put it back, or open it from its new place.");
    case ErrorKind::Disk:
        return QCoreApplication::translate(
            "myfyrio::sql", "The journal could not be written to the disk. Check that the disk is still connected "
                            "and has free space, then try again.");
    case ErrorKind::Damaged:
        return damagedSentence();
    case ErrorKind::Full:
        return QCoreApplication::translate("myfyrio::sql", "The disk is full. Free some space and try again.");
    case ErrorKind::CannotOpen:
        return QCoreApplication::translate(
            "myfyrio::sql", "The journal file could not be opened. Check that it and its folder still exist and "
                            "that you may read and write them.");
    case ErrorKind::Denied:
        return QCoreApplication::translate("myfyrio::sql",
                                           "Myfyrio is not allowed to read or change the journal file.");
    case ErrorKind::Constraint:
        return QCoreApplication::translate(
            "myfyrio::sql", "The change could not be saved because it does not fit with what is already in the "
                            "journal.");
    case ErrorKind::None:
    case ErrorKind::Other:
        break;
    }
    //: %1 is a number that identifies the database error, for a bug report.
    return QCoreApplication::translate(
               "myfyrio::sql", "The journal could not be read or written because of an unexpected database error (%1).")
        .arg(error.nativeErrorCode().isEmpty() ? QStringLiteral("-") : error.nativeErrorCode());
}

QString describe(const QSqlError& error, const QSqlDatabase& db)
{
    if (!db.isOpen())
        return describe(QSqlError(QString(), QString(), QSqlError::ConnectionError, QStringLiteral("14")));
    if (kindOf(error) == ErrorKind::ReadOnly) {
        if (const ReadOnlyReason reason = readOnlyReason(db.connectionName()); reason != ReadOnlyReason::None)
            return readOnlySentence(reason);
    }
    return describe(error);
}

void setReadOnlyReason(const QString& connectionName, ReadOnlyReason reason)
{
    const QMutexLocker locker(&notesMutex());
    notes()[connectionName].reason = reason;
}

ReadOnlyReason readOnlyReason(const QString& connectionName)
{
    const QMutexLocker locker(&notesMutex());
    return notes().value(connectionName).reason;
}

void setFailureHook(const QString& connectionName, FailureHook hook)
{
    const QMutexLocker locker(&notesMutex());
    notes()[connectionName].hook = std::move(hook);
}

QString damagedSentence()
{
    return QCoreApplication::translate("myfyrio::sql",
                                       "The journal file is damaged, so it could not be read or changed. Nothing has "
                                       "been deleted; a backup of it can be restored.");
}

void setWriteGate(const QString& connectionName, WriteGate gate)
{
    const QMutexLocker locker(&notesMutex());
    notes()[connectionName].gate = std::move(gate);
}

Expected<void> beforeWrite(const QSqlDatabase& db)
{
    WriteGate gate;
    {
        const QMutexLocker locker(&notesMutex());
        gate = notes().value(db.connectionName()).gate;
    }
    return gate ? gate() : Expected<void>();
}

void forget(const QString& connectionName)
{
    const QMutexLocker locker(&notesMutex());
    notes().remove(connectionName);
}

void noteFailure(const QSqlDatabase& db, const QString& statement, const QSqlError& error)
{
    qCWarning(lcSql) << "statement failed on" << db.connectionName() << statement << error.text();
    FailureHook hook;
    {
        const QMutexLocker locker(&notesMutex());
        hook = notes().value(db.connectionName()).hook;
    }
    if (hook)
        hook(error);
}

namespace {

void bindValues(QSqlQuery& query, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A null QString binds as SQL NULL; text columns want an empty string.
        const QVariant& value = it.value();
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + it.key(), nullText ? QVariant(QStringLiteral("")) : value);
    }
}

Failure failed(const QSqlDatabase& db, const QString& statement, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    noteFailure(db, statement, error);
    return Failure{describe(error, db)};
}

/// Prepares the statement on `query` (unless it is prepared already), binds the values and runs it.
Expected<void> execute(const QSqlDatabase& db, QSqlQuery& query, const QString& statement, const QVariantMap& values,
                       bool prepare)
{
    if (prepare) {
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return failed(db, statement, query);
    }
    bindValues(query, values);
    if (!query.exec())
        return failed(db, statement, query);
    return {};
}

/// Runs a statement whose query the caller never sees: on the one an open
/// StatementReuse keeps (prepared the first time), or else on `own`.
Expected<QSqlQuery*> runReusable(const QSqlDatabase& db, const QString& statement, const QVariantMap& values,
                                 std::optional<QSqlQuery>& own)
{
    detail::KeptStatement* kept = detail::keptStatement(db, statement);
    if (!kept) {
        own.emplace(db);
        if (auto ran = execute(db, *own, statement, values, true); !ran)
            return ran.failure();
        return &*own;
    }
    // A placeholder given a value last time and not now is NULL, as on a newly prepared statement.
    for (const QString& name : std::as_const(kept->names)) {
        if (!values.contains(name))
            kept->query.bindValue(QLatin1Char(':') + name, QVariant());
    }
    kept->names = values.keys();
    auto ran = execute(db, kept->query, statement, values, !kept->prepared);
    kept->prepared = ran.ok(); // after a failure it is prepared again, from nothing
    if (!ran)
        return ran.failure();
    return &kept->query;
}

} // namespace

Expected<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantMap& values)
{
    QSqlQuery query(db);
    if (auto ran = execute(db, query, statement, values, true); !ran)
        return ran.failure();
    return query;
}

Expected<int> exec(const QSqlDatabase& db, const QString& statement, const QVariantMap& values)
{
    std::optional<QSqlQuery> own;
    auto query = runReusable(db, statement, values, own);
    if (!query)
        return query.failure();
    const int changed = (*query)->numRowsAffected();
    (*query)->finish();
    return changed;
}

Expected<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantMap& values)
{
    std::optional<QSqlQuery> own;
    auto ran = runReusable(db, statement, values, own);
    if (!ran)
        return ran.failure();
    QSqlQuery& query = **ran;
    QVariant value;
    if (query.next()) {
        value = query.value(0);
    } else if (query.lastError().type() != QSqlError::NoError) {
        return failed(db, statement, query);
    }
    query.finish(); // a kept statement must not hold its read open until it runs again
    return value;
}

} // namespace myfyrio::sql
