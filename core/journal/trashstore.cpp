#include "core/journal/trashstore.h"

#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

namespace {

const QString itemColumns =
    QStringLiteral("SELECT id, reflection_id, title, entry_date, deleted_at FROM reflection_trash");

Expected<QVector<TrashItem>> read(const QSqlDatabase& db, const QString& statement, const QVariantMap& values = {})
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.failure();
    QVector<TrashItem> items;
    while (query->next()) {
        TrashItem item;
        item.id = query->value(0).toString();
        item.reflectionId = query->value(1).toString();
        item.title = query->value(2).toString();
        item.date = timestamps::dateFromStorage(query->value(3).toString());
        item.deleted = timestamps::timeFromStorage(query->value(4).toString());
        items.append(item);
    }
    return items;
}

} // namespace

TrashStore::TrashStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes()) {}

Expected<QVector<TrashItem>> TrashStore::list() const
{
    return read(m_db, itemColumns + QStringLiteral(" ORDER BY deleted_at DESC, rowid DESC"));
}

Expected<int> TrashStore::count() const
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM reflection_trash"));
    if (!value)
        return value.failure();
    return value->toInt();
}

Expected<std::optional<TrashItem>> TrashStore::find(const QString& idOrReflectionId) const
{
    auto items = read(m_db,
                      itemColumns
                          + QStringLiteral(" WHERE id = :id OR reflection_id = :id"
                                           " ORDER BY (id = :id) DESC, deleted_at DESC LIMIT 1"),
                      {{QStringLiteral("id"), idOrReflectionId}});
    if (!items)
        return items.failure();
    if (items->isEmpty())
        return std::optional<TrashItem>();
    return std::optional<TrashItem>(items->constFirst());
}

Expected<void> TrashStore::purge(const QString& trashId) const
{
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM reflection_trash WHERE id = :id"),
                            {{QStringLiteral("id"), trashId}});
    if (!removed)
        return removed.failure();
    if (removed->numRowsAffected() == 0)
        return Failure{tr("That item is no longer in the trash."), FailureCode::gone};
    if (m_changes)
        m_changes->trashTouched();
    return {};
}

Expected<int> TrashStore::empty() const
{
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM reflection_trash"));
    if (!removed)
        return removed.failure();
    const int count = removed->numRowsAffected();
    if (m_changes && count > 0)
        m_changes->trashTouched();
    return count;
}

Expected<int> TrashStore::purgeOlderThan(const QDateTime& cutoff) const
{
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM reflection_trash WHERE deleted_at < :cutoff"),
                            {{QStringLiteral("cutoff"), timestamps::toStorage(cutoff.toUTC())}});
    if (!removed)
        return removed.failure();
    const int count = removed->numRowsAffected();
    if (m_changes && count > 0)
        m_changes->trashTouched();
    return count;
}

} // namespace myfyrio
