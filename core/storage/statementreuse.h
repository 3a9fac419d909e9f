#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace myfyrio::sql {

/// While one is alive, sql::exec() and sql::scalar() on its connection keep
/// each statement they prepare and run it again with new values instead of
/// preparing it anew, so a bulk write (an import of thousands of reflections)
/// prepares each statement once. Only those two keep statements, because they
/// never hand their query to the caller; sql::run(), whose caller reads the
/// rows, always prepares its own.
///
/// Scopes nest; the kept statements are let go when the outermost one ends,
/// which must be before the connection closes. A connection belongs to one
/// thread, and so does its scope.
class StatementReuse
{
public:
    explicit StatementReuse(const QSqlDatabase& db);
    ~StatementReuse();
    StatementReuse(const StatementReuse&) = delete;
    StatementReuse& operator=(const StatementReuse&) = delete;

    /// How many statements the scopes open on this connection keep, and how
    /// many runs used one already prepared (0 when none is open).
    static int kept(const QSqlDatabase& db);
    static int reused(const QSqlDatabase& db);

private:
    QString m_connection;
};

namespace detail {

/// A statement kept by the open scope.
struct KeptStatement {
    explicit KeptStatement(const QSqlDatabase& db) : query(db) {}
    QSqlQuery query;
    bool prepared = false;
    QStringList names; ///< the placeholders it was last given values for
};

/// The statement the open scope keeps for this text on this connection (made,
/// not yet prepared, the first time), or nullptr when no scope is open.
KeptStatement* keptStatement(const QSqlDatabase& db, const QString& statement);

} // namespace detail

} // namespace myfyrio::sql
