#include "core/storage/statementreuse.h"

#include <QHash>

#include <memory>
#include <unordered_map>

namespace myfyrio::sql {

namespace {

struct Scope {
    int depth = 0;
    int reused = 0;
    std::unordered_map<QString, std::unique_ptr<detail::KeptStatement>> statements;
};

/// The open scopes of this thread, by connection name.
std::unordered_map<QString, Scope>& scopes()
{
    thread_local std::unordered_map<QString, Scope> all;
    return all;
}

} // namespace

StatementReuse::StatementReuse(const QSqlDatabase& db) : m_connection(db.connectionName())
{
    ++scopes()[m_connection].depth;
}

StatementReuse::~StatementReuse()
{
    auto& all = scopes();
    const auto it = all.find(m_connection);
    if (it != all.end() && --it->second.depth <= 0)
        all.erase(it); // the kept statements are let go here, before the connection closes
}

int StatementReuse::kept(const QSqlDatabase& db)
{
    const auto it = scopes().find(db.connectionName());
    return it == scopes().end() ? 0 : static_cast<int>(it->second.statements.size());
}

int StatementReuse::reused(const QSqlDatabase& db)
{
    const auto it = scopes().find(db.connectionName());
    return it == scopes().end() ? 0 : it->second.reused;
}

namespace detail {

KeptStatement* keptStatement(const QSqlDatabase& db, const QString& statement)
{
    auto& all = scopes();
    const auto scope = all.find(db.connectionName());
    if (scope == all.end())
        return nullptr;
    auto& slot = scope->second.statements[statement];
    if (!slot)
        slot = std::make_unique<KeptStatement>(db);
    else if (slot->prepared)
        ++scope->second.reused;
    return slot.get();
}

} // namespace detail

} // namespace myfyrio::sql
