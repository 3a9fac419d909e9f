#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

class QSqlError;

/// Small helpers around QSqlQuery: named placeholders and bound values only,
/// and every failure logged with its statement and turned into a sentence.
namespace myfyrio::sql {

/// A sentence for the user that explains a database error (locked, full, read-only, …).
QString describe(const QSqlError& error);

/// Prepares and runs one statement with the given bound values.
Expected<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantMap& values = {});

/// Runs one statement and returns the first column of the first row (or a null QVariant).
Expected<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantMap& values = {});

} // namespace myfyrio::sql
