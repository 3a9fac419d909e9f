#include "core/storage/scopedtransaction.h"

#include "core/storage/sql.h"

#include <QSqlError>

namespace myfyrio {

ScopedTransaction::ScopedTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = sql::describe(m_db.lastError());
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        m_db.rollback();
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
    m_active = false;
    if (m_db.commit())
        return {};
    const QString reason = sql::describe(m_db.lastError());
    m_db.rollback();
    return Failure{reason};
}

} // namespace myfyrio
