#include "core/search/searchindex.h"

#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearchIndex, "myfyrio.search")

namespace myfyrio {

Expected<void> SearchIndex::check(const QSqlDatabase& db)
{
    // rank = 1: compare with the content the index was made from, not only with itself.
    if (auto checked = sql::run(
            db, QStringLiteral("INSERT INTO reflection_fts (reflection_fts, rank) VALUES ('integrity-check', 1)"));
        !checked)
        return Failure{tr("The search index does not match the reflections.")};
    return {};
}

Expected<void> SearchIndex::rebuild(const QSqlDatabase& db)
{
    if (auto rebuilt = sql::run(db, QStringLiteral("INSERT INTO reflection_fts (reflection_fts) VALUES ('rebuild')"));
        !rebuilt)
        return rebuilt.failure();
    return {};
}

SearchIndex::BulkLoad::BulkLoad(QSqlDatabase db) : m_db(std::move(db)) {}

SearchIndex::BulkLoad::~BulkLoad()
{
    if (m_active) {
        // finish() was not reached: put the triggers back all the same, so that a
        // commit the caller makes anyway never leaves the index without them.
        qCWarning(lcSearchIndex) << "bulk load ended without finish()";
        if (auto done = finish(); !done)
            qCWarning(lcSearchIndex) << "could not finish the bulk load:" << done.error();
    }
}

Expected<void> SearchIndex::BulkLoad::begin()
{
    Q_ASSERT(ScopedTransaction::isOpen(m_db));
    if (!ScopedTransaction::isOpen(m_db))
        return Failure{tr("The search index can only be set aside inside a transaction.")};
    auto triggers = sql::run(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                                  " AND sql LIKE '%reflection_fts%' ORDER BY name"));
    if (!triggers)
        return triggers.failure();
    QStringList names;
    while (triggers->next()) {
        names.append(triggers->value(0).toString());
        m_triggers.append(triggers->value(1).toString());
    }
    triggers->finish();
    auto last = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM reflection"));
    if (!last)
        return last.failure();
    m_lastSeq = last->toLongLong();
    for (const QString& name : std::as_const(names)) {
        // Names come from sqlite_master, never from user text.
        if (auto dropped = sql::run(m_db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.failure();
    }
    m_active = true;
    return {};
}

Expected<void> SearchIndex::BulkLoad::willChange(const QString& reflectionId)
{
    if (m_changed.contains(reflectionId))
        return {};
    auto forgotten = sql::run(m_db,
                              QStringLiteral("INSERT INTO reflection_fts (reflection_fts, rowid, title, body, tags,"
                                             " answers) SELECT 'delete', s.seq, s.title, s.body, s.tags, s.answers"
                                             " FROM reflection_search s JOIN reflection r ON r.seq = s.seq"
                                             " WHERE r.id = :id AND r.seq <= :last"),
                              {{QStringLiteral("id"), reflectionId}, {QStringLiteral("last"), m_lastSeq}});
    if (!forgotten)
        return forgotten.failure();
    m_changed.append(reflectionId);
    return {};
}

Expected<void> SearchIndex::BulkLoad::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    for (const QString& statement : std::as_const(m_triggers)) {
        if (auto created = sql::run(m_db, statement); !created)
            return created.failure();
    }
    if (auto added = sql::run(m_db,
                              QStringLiteral("INSERT INTO reflection_fts (rowid, title, body, tags, answers)"
                                             " SELECT seq, title, body, tags, answers FROM reflection_search"
                                             " WHERE seq > :last"),
                              {{QStringLiteral("last"), m_lastSeq}});
        !added)
        return added.failure();
    for (const QString& id : std::as_const(m_changed)) {
        if (auto again = sql::run(m_db,
                                  QStringLiteral("INSERT INTO reflection_fts (rowid, title, body, tags, answers)"
                                                 " SELECT s.seq, s.title, s.body, s.tags, s.answers"
                                                 " FROM reflection_search s JOIN reflection r ON r.seq = s.seq"
                                                 " WHERE r.id = :id"),
                                  {{QStringLiteral("id"), id}});
            !again)
            return again.failure();
    }
    return {};
}

} // namespace myfyrio
