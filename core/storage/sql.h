#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>

class QSqlError;

/// Small helpers around QSqlQuery: named placeholders and bound values only,
/// and every failure logged with its statement and turned into a sentence.
///
/// The statements and SQLite's own wording go to the "myfyrio.sql" logging
/// category only, which is off unless QT_LOGGING_RULES turns it on
/// (see the README); the user only ever sees the sentences of describe().
namespace myfyrio::sql {

/// Why a connection refuses writes on purpose; describe() then says this
/// instead of "the file is read-only".
enum class ReadOnlyReason {
    None,           ///< writes are allowed
    Checking,       ///< the journal is being checked after opening
    OtherWindow,    ///< another Myfyrio window has the journal open
    FileReadOnly,   ///< the journal file may not be written
    FolderReadOnly, ///< the journal's folder may not be written
    Damaged,        ///< the journal failed its check
};

/// What kind of failure an SQLite error is.
enum class ErrorKind { None, Busy, ReadOnly, Moved, Disk, Damaged, Full, CannotOpen, Denied, Constraint, Other };

ErrorKind kindOf(const QSqlError& error);

/// A sentence for the user that explains a database error (locked, full, read-only, …).
QString describe(const QSqlError& error);
/// The same, knowing the connection: a connection that is read-only on
/// purpose says why (see setReadOnlyReason()).
QString describe(const QSqlError& error, const QSqlDatabase& db);

/// The sentence for a connection that refuses writes for this reason.
QString readOnlySentence(ReadOnlyReason reason);

/// Records why writes on the named connection are refused (None: they are not).
void setReadOnlyReason(const QString& connectionName, ReadOnlyReason reason);
ReadOnlyReason readOnlyReason(const QString& connectionName);

/// Called on the connection's thread after a statement on it failed, so that
/// its owner can recover (reopen once permission or space is back).
using FailureHook = std::function<void(const QSqlError&)>;
void setFailureHook(const QString& connectionName, FailureHook hook);
/// Called before the first statement of a write transaction on the named
/// connection; a failure refuses the transaction with its sentence. Database
/// uses it to check a journal's contents before anything is written to it.
using WriteGate = std::function<Expected<void>()>;
void setWriteGate(const QString& connectionName, WriteGate gate);
/// Passes the connection's write gate (if it has one).
Expected<void> beforeWrite(const QSqlDatabase& db);

/// The sentence describe() gives for a damaged journal.
QString damagedSentence();

/// Forgets everything recorded for the named connection.
void forget(const QString& connectionName);

/// Logs a failed statement (off unless the category is enabled) and reports
/// it to the connection's failure hook.
void noteFailure(const QSqlDatabase& db, const QString& statement, const QSqlError& error);

/// Prepares and runs one statement with the given bound values.
Expected<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantMap& values = {});

/// Runs one statement that returns no rows (INSERT, UPDATE, DELETE, a
/// savepoint) and returns how many rows it changed. Within a StatementReuse
/// scope the statement is prepared once and kept.
Expected<int> exec(const QSqlDatabase& db, const QString& statement, const QVariantMap& values = {});

/// Runs one statement and returns the first column of the first row (or a null QVariant).
/// Kept prepared within a StatementReuse scope, like exec().
Expected<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantMap& values = {});

} // namespace myfyrio::sql
