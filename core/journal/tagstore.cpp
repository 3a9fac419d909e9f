#include "core/journal/tagstore.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"

#include <QSet>

namespace myfyrio {

TagStore::TagStore(const Database& database) : m_db(database.connection()) {}

TagStore::TagStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString TagStore::folded(const QString& tag)
{
    return tag.trimmed().toCaseFolded();
}

QStringList TagStore::normalised(const QStringList& tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString& raw : tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty())
            continue;
        const QString key = folded(tag);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(tag);
    }
    return result;
}

Expected<QStringList> TagStore::all() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT name FROM tag WHERE id IN (SELECT tag_id FROM reflection_tag)"));
    if (!query)
        return query.failure();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Expected<QStringList> TagStore::tagsOf(const QString& reflectionId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT t.name FROM reflection_tag rt JOIN tag t ON t.id = rt.tag_id"
                                         " WHERE rt.reflection_id = :id ORDER BY rt.rowid"),
                          {{QStringLiteral("id"), reflectionId}});
    if (!query)
        return query.failure();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Expected<void> TagStore::setTags(const QString& reflectionId, const QStringList& tags) const
{
    if (auto cleared = sql::run(m_db, QStringLiteral("DELETE FROM reflection_tag WHERE reflection_id = :id"),
                                {{QStringLiteral("id"), reflectionId}});
        !cleared)
        return cleared.failure();

    for (const QString& tag : normalised(tags)) {
        const QString key = folded(tag);
        if (auto inserted = sql::run(
                m_db,
                QStringLiteral("INSERT INTO tag (id, name, folded) VALUES (:id, :name, :folded)"
                               " ON CONFLICT (folded) DO NOTHING"),
                {{QStringLiteral("id"), newId()}, {QStringLiteral("name"), tag}, {QStringLiteral("folded"), key}});
            !inserted)
            return inserted.failure();
        if (auto linked = sql::run(m_db,
                                   QStringLiteral("INSERT OR IGNORE INTO reflection_tag (reflection_id, tag_id)"
                                                  " SELECT :reflection, id FROM tag WHERE folded = :folded"),
                                   {{QStringLiteral("reflection"), reflectionId}, {QStringLiteral("folded"), key}});
            !linked)
            return linked.failure();
    }
    return {};
}

Expected<void> TagStore::removeUnused() const
{
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM reflection_tag)"));
    if (!removed)
        return removed.failure();
    return {};
}

} // namespace myfyrio
