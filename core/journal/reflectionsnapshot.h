#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace myfyrio {

/// Every row a reflection has, as one CBOR value, and back: the reflection's
/// own row, its tags by name, and the rows of every table that refers to it
/// (answers, actions, its failure placement, and whatever tables later
/// versions add). The trash keeps reflections this way, so that restoring one
/// brings back exactly what was deleted.
///
/// Table and column names are never taken from the snapshot: they come from
/// the journal's own schema, and snapshot columns the schema no longer has are
/// left out.
class ReflectionSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReflectionSnapshot)

public:
    struct Captured {
        QByteArray cbor;
        QString title;
        QString entryDate; ///< as stored
    };

    static Expected<Captured> capture(const QSqlDatabase& db, const QString& reflectionId);

    /// Writes the rows back (inside the caller's transaction) and returns the
    /// reflection's id. Refused when a reflection with that id is already there.
    static Expected<QString> restore(const QSqlDatabase& db, const QByteArray& cbor);
};

} // namespace myfyrio
