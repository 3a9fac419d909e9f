#include "core/journal/reflectionreader.h"

#include "core/cpd/cpdrecordstore.h"
#include "core/failure/failureplacementstore.h"
#include "core/journal/actionstore.h"
#include "core/journal/modelanswerstore.h"
#include "core/journal/tagstore.h"
#include "core/search/filtersql.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

namespace {

const QChar tagSeparator(0x1F);

const QString tagsColumn =
    QStringLiteral("(SELECT group_concat(t.name, char(31)) FROM reflection_tag rt JOIN tag t ON t.id = rt.tag_id"
                   " WHERE rt.reflection_id = r.id) AS tags");

const QString failureReasonColumn =
    QStringLiteral(", (SELECT fp.reason FROM failure_placement fp WHERE fp.reflection_id = r.id) AS failure_reason");

QStringList splitTags(const QVariant& value)
{
    return value.toString().split(tagSeparator, Qt::SkipEmptyParts);
}

QString limitClause(int limit, int offset, QVariantMap& values)
{
    if (limit < 0)
        return {};
    values.insert(QStringLiteral("limit"), limit);
    values.insert(QStringLiteral("offset"), offset);
    return QStringLiteral(" LIMIT :limit OFFSET :offset");
}

} // namespace

ReflectionReader::ReflectionReader(QSqlDatabase db) : m_db(std::move(db)) {}

Reflection ReflectionReader::fromRow(const QSqlQuery& query)
{
    Reflection r;
    r.id = query.value(0).toString();
    r.title = query.value(1).toString();
    r.date = timestamps::dateFromStorage(query.value(2).toString());
    r.created = timestamps::timeFromStorage(query.value(3).toString());
    r.updated = timestamps::timeFromStorage(query.value(4).toString());
    r.body = query.value(5).toString();
    r.language = query.value(6).toString();
    r.bringToSupervision = query.value(7).toInt() != 0;
    r.model = query.value(8).toString();
    r.scale = query.value(9).toString();
    r.dontResurface = query.value(10).toInt() != 0;
    r.revision = query.value(11).toInt();
    return r;
}

Expected<std::optional<Reflection>> ReflectionReader::find(const QString& id) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT r.id, r.title, r.entry_date, r.created_at, r.updated_at, r.body,"
                                         " r.lang, r.bring_to_supervision, r.model, r.scale, r.dont_resurface,"
                                         " r.revision FROM reflection r WHERE r.id = :id"),
                          {{QStringLiteral("id"), id}});
    if (!query)
        return query.failure();
    if (!query->next())
        return std::optional<Reflection>();
    Reflection r = fromRow(*query);
    query->finish();
    if (auto loaded = loadParts(r); !loaded)
        return loaded.failure();
    return std::optional<Reflection>(std::move(r));
}

Expected<void> ReflectionReader::loadParts(Reflection& reflection) const
{
    auto tags = TagStore(m_db).tagsOf(reflection.id);
    if (!tags)
        return tags.failure();
    reflection.tags = std::move(tags).value();
    auto answers = ModelAnswerStore(m_db).answersOf(reflection.id);
    if (!answers)
        return answers.failure();
    reflection.answers = std::move(answers).value();
    auto actions = ActionStore(m_db).actionsOf(reflection.id);
    if (!actions)
        return actions.failure();
    reflection.actions = std::move(actions).value();
    auto placement = FailurePlacementStore(m_db).load(reflection.id);
    if (!placement)
        return placement.failure();
    reflection.failure = std::move(placement).value();
    auto cpd = CpdRecordStore(m_db).load(reflection.id);
    if (!cpd)
        return cpd.failure();
    reflection.cpd = std::move(cpd).value();
    return {};
}

namespace {

const QString summaryColumns = QStringLiteral("SELECT r.id, r.title, r.entry_date, r.created_at, r.lang,"
                                              " r.bring_to_supervision, ");

Expected<QVector<ReflectionSummary>> readSummaries(const QSqlDatabase& db, const QString& statement,
                                                   const QVariantMap& values)
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.failure();
    QVector<ReflectionSummary> rows;
    while (query->next()) {
        ReflectionSummary s;
        s.id = query->value(0).toString();
        s.title = query->value(1).toString();
        s.date = timestamps::dateFromStorage(query->value(2).toString());
        s.created = timestamps::timeFromStorage(query->value(3).toString());
        s.language = query->value(4).toString();
        s.bringToSupervision = query->value(5).toInt() != 0;
        s.tags = splitTags(query->value(6));
        s.snippet = query->value(7).toString();
        s.failureReason = query->value(8).toString();
        rows.append(std::move(s));
    }
    return rows;
}

} // namespace

Expected<QVector<ReflectionSummary>> ReflectionReader::list(const ReflectionFilter& filter, int limit, int offset) const
{
    FilterSql parts = filterSql(filter);
    const QString snippet = parts.fullText
                                ? QStringLiteral("snippet(reflection_fts, -1, char(57344), char(57345), '…', 16)")
                                : QStringLiteral("''");
    const QString statement = summaryColumns + tagsColumn + QStringLiteral(", ") + snippet + failureReasonColumn
                              + parts.from + parts.where + parts.order + limitClause(limit, offset, parts.values);
    return readSummaries(m_db, statement, parts.values);
}

Expected<std::optional<ReflectionSummary>> ReflectionReader::summary(const QString& id) const
{
    auto rows = readSummaries(m_db,
                              summaryColumns + tagsColumn + QStringLiteral(", ''") + failureReasonColumn
                                  + QStringLiteral(" FROM reflection r WHERE r.id = :id"),
                              {{QStringLiteral("id"), id}});
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return std::optional<ReflectionSummary>();
    return std::optional<ReflectionSummary>(rows->constFirst());
}

Expected<QVector<Reflection>> ReflectionReader::listFull(const ReflectionFilter& filter) const
{
    // One query for the rows and one for each part, however many reflections.
    FilterSql parts = filterSql(filter);
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT r.id, r.title, r.entry_date, r.created_at, r.updated_at, r.body,"
                                         " r.lang, r.bring_to_supervision, r.model, r.scale, r.dont_resurface,"
                                         " r.revision")
                              + parts.from + parts.where + parts.order,
                          parts.values);
    if (!query)
        return query.failure();
    QVector<Reflection> result;
    QStringList ids;
    while (query->next()) {
        result.append(fromRow(*query));
        ids.append(result.constLast().id);
    }
    query->finish();
    auto tags = TagStore(m_db).tagsOf(ids);
    if (!tags)
        return tags.failure();
    auto answers = ModelAnswerStore(m_db).answersOf(ids);
    if (!answers)
        return answers.failure();
    auto actions = ActionStore(m_db).actionsOf(ids);
    if (!actions)
        return actions.failure();
    auto placements = FailurePlacementStore(m_db).load(ids);
    if (!placements)
        return placements.failure();
    auto cpd = CpdRecordStore(m_db).load(ids);
    if (!cpd)
        return cpd.failure();
    for (Reflection& r : result) {
        r.tags = tags->value(r.id);
        r.answers = answers->value(r.id);
        r.actions = actions->value(r.id);
        if (const auto placed = placements->constFind(r.id); placed != placements->cend())
            r.failure = placed.value();
        if (const auto counted = cpd->constFind(r.id); counted != cpd->cend())
            r.cpd = counted.value();
    }
    return result;
}

Expected<int> ReflectionReader::count(const ReflectionFilter& filter) const
{
    const FilterSql parts = filterSql(filter);
    auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*)") + parts.from + parts.where, parts.values);
    if (!value)
        return value.failure();
    return value->toInt();
}

Expected<QVector<MonthCount>> ReflectionReader::months(const ReflectionFilter& filter) const
{
    const FilterSql parts = filterSql(filter);
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT substr(r.entry_date, 1, 7) AS month, count(*)") + parts.from
                              + parts.where + QStringLiteral(" GROUP BY month ORDER BY month DESC"),
                          parts.values);
    if (!query)
        return query.failure();
    QVector<MonthCount> result;
    while (query->next()) {
        MonthCount month;
        month.month = QDate::fromString(query->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        month.count = query->value(1).toInt();
        result.append(month);
    }
    return result;
}

} // namespace myfyrio
