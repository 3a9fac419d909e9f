#include "core/search/filtersql.h"

#include "core/journal/tagstore.h"
#include "core/search/ftsquery.h"
#include "core/util/timestamps.h"

#include <QStringList>

namespace myfyrio {

FilterSql filterSql(const ReflectionFilter& filter)
{
    FilterSql result;
    result.from = QStringLiteral(" FROM reflection r");
    QStringList conditions;
    const QString fts = toFtsQuery(filter.text);
    if (!fts.isEmpty()) {
        result.fullText = true;
        result.from += QStringLiteral(" JOIN reflection_fts ON reflection_fts.rowid = r.seq");
        conditions << QStringLiteral("reflection_fts MATCH :fts");
        result.values.insert(QStringLiteral("fts"), fts);
    }
    if (!filter.tag.trimmed().isEmpty()) {
        conditions << QStringLiteral("r.id IN (SELECT rt.reflection_id FROM reflection_tag rt"
                                     " JOIN tag t ON t.id = rt.tag_id WHERE t.folded = :tag)");
        result.values.insert(QStringLiteral("tag"), TagStore::folded(filter.tag));
    }
    if (!filter.failureReason.isEmpty()) {
        conditions << QStringLiteral("r.id IN (SELECT reflection_id FROM failure_placement WHERE reason = :reason)");
        result.values.insert(QStringLiteral("reason"), filter.failureReason);
    }
    if (!filter.failureType.isEmpty()) {
        conditions << QStringLiteral("r.id IN (SELECT reflection_id FROM failure_placement WHERE type = :ftype)");
        result.values.insert(QStringLiteral("ftype"), filter.failureType);
    }
    if (!filter.scale.isEmpty()) {
        conditions << QStringLiteral("r.scale = :scale");
        result.values.insert(QStringLiteral("scale"), filter.scale);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("r.entry_date >= :from");
        result.values.insert(QStringLiteral("from"), timestamps::toStorage(filter.from));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("r.entry_date <= :to");
        result.values.insert(QStringLiteral("to"), timestamps::toStorage(filter.to));
    }
    if (!conditions.isEmpty())
        result.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return result;
}

} // namespace myfyrio
