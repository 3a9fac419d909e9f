#include "core/journal/tagstore.h"

#include "core/storage/database.h"
#include "core/storage/idbatches.h"
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
    // Tags no reflection uses are removed as soon as the last one lets go of
    // them, so every row of the table is a tag in use.
    auto query = sql::run(m_db, QStringLiteral("SELECT name FROM tag"));
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

Expected<QHash<QString, QStringList>> TagStore::tagsOf(const QStringList& reflectionIds) const
{
    QHash<QString, QStringList> tags;
    QString failure;
    sql::forIdBatches(reflectionIds, [&](const QString& in, const QVariantMap& values) {
        auto query = sql::run(m_db,
                              QStringLiteral("SELECT rt.reflection_id, t.name FROM reflection_tag rt"
                                             " JOIN tag t ON t.id = rt.tag_id WHERE rt.reflection_id IN ")
                                  + in + QStringLiteral(" ORDER BY rt.rowid"),
                              values);
        if (!query) {
            failure = query.error();
            return false;
        }
        while (query->next())
            tags[query->value(0).toString()].append(query->value(1).toString());
        return true;
    });
    if (!failure.isEmpty())
        return Failure{failure};
    return tags;
}

Expected<void> TagStore::replaceTags(const QString& reflectionId, const QStringList& stored,
                                     const QStringList& tags) const
{
    QSet<QString> wanted, had;
    for (const QString& tag : normalised(tags))
        wanted.insert(folded(tag));
    for (const QString& tag : stored)
        had.insert(folded(tag));
    for (const QString& tag : stored) {
        const QString key = folded(tag);
        if (wanted.contains(key))
            continue;
        if (auto unlinked = sql::exec(m_db,
                                      QStringLiteral("DELETE FROM reflection_tag WHERE reflection_id = :reflection"
                                                     " AND tag_id = (SELECT id FROM tag WHERE folded = :folded)"),
                                      {{QStringLiteral("reflection"), reflectionId}, {QStringLiteral("folded"), key}});
            !unlinked)
            return unlinked.failure();
        if (auto removed = removeIfUnused(key); !removed)
            return removed;
    }
    for (const QString& tag : normalised(tags)) {
        const QString key = folded(tag);
        if (had.contains(key))
            continue;
        if (auto inserted = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO tag (id, name, folded) VALUES (:id, :name, :folded)"
                               " ON CONFLICT (folded) DO NOTHING"),
                {{QStringLiteral("id"), newId()}, {QStringLiteral("name"), tag}, {QStringLiteral("folded"), key}});
            !inserted)
            return inserted.failure();
        if (auto linked = sql::exec(m_db,
                                    QStringLiteral("INSERT OR IGNORE INTO reflection_tag (reflection_id, tag_id)"
                                                   " SELECT :reflection, id FROM tag WHERE folded = :folded"),
                                    {{QStringLiteral("reflection"), reflectionId}, {QStringLiteral("folded"), key}});
            !linked)
            return linked.failure();
    }
    return {};
}

Expected<void> TagStore::removeIfUnused(const QString& foldedTag) const
{
    auto removed = sql::exec(m_db,
                             QStringLiteral("DELETE FROM tag WHERE folded = :folded AND NOT EXISTS"
                                            " (SELECT 1 FROM reflection_tag rt WHERE rt.tag_id = tag.id)"),
                             {{QStringLiteral("folded"), foldedTag}});
    if (!removed)
        return removed.failure();
    return {};
}

Expected<void> TagStore::removeUnused() const
{
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM tag WHERE NOT EXISTS"
                                                  " (SELECT 1 FROM reflection_tag rt WHERE rt.tag_id = tag.id)"));
    if (!removed)
        return removed.failure();
    return {};
}

} // namespace myfyrio
