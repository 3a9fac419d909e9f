#include "core/search/filtersql.h"

#include "core/journal/tagstore.h"
#include "core/search/ftsquery.h"
#include "core/search/searchquery.h"
#include "core/util/timestamps.h"

#include <QStringList>

namespace myfyrio {

namespace {

const QString newestFirst = QStringLiteral(" ORDER BY r.entry_date DESC, r.created_at DESC, r.seq DESC");

QString matching(const QString& parameter)
{
    return QStringLiteral("(SELECT rowid FROM reflection_fts WHERE reflection_fts MATCH :") + parameter
           + QLatin1Char(')');
}

/// ":name0, :name1, …" for the values, bound into result.
QString boundList(const QString& name, const QStringList& values, FilterSql& result)
{
    QStringList names;
    for (int i = 0; i < values.size(); ++i) {
        const QString parameter = name + QString::number(i);
        names << QLatin1Char(':') + parameter;
        result.values.insert(parameter, values.at(i));
    }
    return names.join(QStringLiteral(", "));
}

/// The words that must appear, and the ones that must not.
void addText(const SearchQuery& query, bool bestMatchFirst, QStringList& conditions, FilterSql& result)
{
    QVector<SearchClause> required;
    QVector<SearchClause> excluded;
    for (const SearchClause& clause : query.clauses())
        (clause.excluded ? excluded : required).append(clause);
    const bool welsh = query.isWelsh();
    const QString welshEntry = QStringLiteral("r.lang = :welsh");
    bool needsWelsh = false;

    if (!required.isEmpty()) {
        const QString exact = ftsExpression(required, WordForms::Exact, QStringLiteral("AND"));
        const QString expanded = ftsExpression(required, WordForms::Mutations, QStringLiteral("AND"));
        result.fullText = true;
        result.from += QStringLiteral(" JOIN reflection_fts ON reflection_fts.rowid = r.seq");
        conditions << QStringLiteral("reflection_fts MATCH :fts");
        result.values.insert(QStringLiteral("fts"), expanded);
        if (expanded != exact) {
            result.values.insert(QStringLiteral("ftsExact"), exact);
            if (!welsh) {
                conditions << QLatin1Char('(') + welshEntry + QStringLiteral(" OR r.seq IN ")
                                  + matching(QStringLiteral("ftsExact")) + QLatin1Char(')');
                needsWelsh = true;
            }
            // Two tiers: the reflections with the words exactly as typed come first.
            if (bestMatchFirst)
                result.order = QStringLiteral(" ORDER BY r.seq IN ") + matching(QStringLiteral("ftsExact"))
                               + QStringLiteral(" DESC,") + newestFirst.mid(QStringLiteral(" ORDER BY").size());
        }
    }
    if (!excluded.isEmpty()) {
        const QString exact = ftsExpression(excluded, WordForms::Exact, QStringLiteral("OR"));
        const QString expanded = ftsExpression(excluded, WordForms::Mutations, QStringLiteral("OR"));
        result.values.insert(QStringLiteral("ftsNot"), welsh ? expanded : exact);
        conditions << QStringLiteral("r.seq NOT IN ") + matching(QStringLiteral("ftsNot"));
        if (!welsh && expanded != exact) {
            result.values.insert(QStringLiteral("ftsNotWelsh"), expanded);
            conditions << QStringLiteral("NOT (") + welshEntry + QStringLiteral(" AND r.seq IN ")
                              + matching(QStringLiteral("ftsNotWelsh")) + QLatin1Char(')');
            needsWelsh = true;
        }
    }
    if (needsWelsh)
        result.values.insert(QStringLiteral("welsh"), languageCodeWelsh());
}

void addKeys(const SearchQuery& query, QStringList& conditions, FilterSql& result)
{
    for (int i = 0; i < query.tags().size(); ++i) {
        const QString parameter = QStringLiteral("qtag") + QString::number(i);
        conditions << QStringLiteral("r.id IN (SELECT rt.reflection_id FROM reflection_tag rt"
                                     " JOIN tag t ON t.id = rt.tag_id WHERE t.folded = :")
                          + parameter + QLatin1Char(')');
        result.values.insert(parameter, TagStore::folded(query.tags().at(i)));
    }
    if (!query.languages().isEmpty())
        conditions << QStringLiteral("r.lang IN (") + boundList(QStringLiteral("qlang"), query.languages(), result)
                          + QLatin1Char(')');
    if (!query.reasons().isEmpty())
        conditions << QStringLiteral("r.id IN (SELECT reflection_id FROM failure_placement WHERE reason IN (")
                          + boundList(QStringLiteral("qreason"), query.reasons(), result) + QStringLiteral("))");
    if (!query.types().isEmpty())
        conditions << QStringLiteral("r.id IN (SELECT reflection_id FROM failure_placement WHERE type IN (")
                          + boundList(QStringLiteral("qtype"), query.types(), result) + QStringLiteral("))");
    if (query.after().isValid()) {
        conditions << QStringLiteral("r.entry_date >= :qafter");
        result.values.insert(QStringLiteral("qafter"), timestamps::toStorage(query.after()));
    }
    if (query.before().isValid()) {
        conditions << QStringLiteral("r.entry_date < :qbefore");
        result.values.insert(QStringLiteral("qbefore"), timestamps::toStorage(query.before()));
    }
}

} // namespace

FilterSql filterSql(const ReflectionFilter& filter)
{
    FilterSql result;
    result.from = QStringLiteral(" FROM reflection r");
    result.order = newestFirst;
    QStringList conditions;
    const SearchQuery query = SearchQuery::parse(filter.text);
    addText(query, filter.bestMatchFirst, conditions, result);
    addKeys(query, conditions, result);
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
