#include "core/storage/scopedtransaction.h"

#include "core/storage/sql.h"

#include <QHash>

namespace myfyrio {

namespace {

/// How deep the transactions on each connection are. Connections belong to one
/// thread (Qt's rule), so the count is kept per thread.
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> depth;
    return depth;
}

bool exec(const QSqlDatabase& db, const QString& statement, QString* error = nullptr)
{
    // Through sql::exec, so that a bulk write's StatementReuse keeps its savepoints prepared too.
    auto ran = sql::exec(db, statement);
    if (ran)
        return true;
    if (error)
        *error = ran.error();
    return false;
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        // The journal may first have to show it is whole (see Database::Check::BeforeWrite).
        if (auto gate = sql::beforeWrite(m_db); !gate) {
            m_beginError = gate.error();
            return;
        }
        m_active = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_beginError);
    } else {
        m_savepoint = QStringLiteral("myfyrio_%1").arg(depth);
        m_active = exec(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, &m_beginError);
    }
    if (m_active)
        ++depth;
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        exec(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    finish();
}

void ScopedTransaction::finish()
{
    m_active = false;
    auto& all = depths();
    const auto it = all.find(m_db.connectionName());
    if (it != all.end() && --it.value() <= 0)
        all.erase(it);
}

bool ScopedTransaction::isOpen(const QSqlDatabase& db)
{
    return depths().value(db.connectionName()) > 0;
}

Expected<void> ScopedTransaction::begun() const
{
    if (m_active)
        return {};
    return Failure{m_beginError};
}

Expected<void> ScopedTransaction::commit()
{
    if (!m_active)
        return Failure{m_beginError};
    QString error;
    const bool done = m_savepoint.isEmpty() ? exec(m_db, QStringLiteral("COMMIT"), &error)
                                            : exec(m_db, QStringLiteral("RELEASE ") + m_savepoint, &error);
    if (done) {
        finish();
        return {};
    }
    // The destructor's rollback undoes what this transaction wrote.
    return Failure{error};
}

} // namespace myfyrio
