#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace myfyrio {

/// A transaction that rolls back unless commit() was called (after Strawberry's
/// ScopedTransaction). Write paths open one so that a failure half-way leaves
/// the journal as it was.
class ScopedTransaction
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ScopedTransaction)

public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;

    /// False when the transaction could not be started (for example, the journal is locked).
    bool isActive() const { return m_active; }
    Expected<void> begun() const;
    Expected<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace myfyrio
