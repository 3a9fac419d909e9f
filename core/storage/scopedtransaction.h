#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace myfyrio {

/// A transaction that rolls back unless commit() was called (after Strawberry's
/// ScopedTransaction). Write paths open one so that a failure half-way leaves
/// the journal as it was.
///
/// Transactions nest: one opened while another is active on the same
/// connection becomes a SAVEPOINT inside it, so a store's write can be part of
/// a larger one (an import of many reflections commits once, or not at all).
/// The outermost one starts with BEGIN IMMEDIATE, taking the write lock at
/// once rather than failing half-way when another program writes.
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

    /// True when a transaction is open on this connection (on this thread).
    static bool isOpen(const QSqlDatabase& db);

private:
    void finish();

    QSqlDatabase m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
    QString m_beginError;
};

} // namespace myfyrio
