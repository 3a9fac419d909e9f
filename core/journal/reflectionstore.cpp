#include "core/journal/reflectionstore.h"

#include "core/failure/failureplacementstore.h"
#include "core/journal/actionstore.h"
#include "core/journal/modelanswerstore.h"
#include "core/journal/tagstore.h"
#include "core/search/filtersql.h"
#include "core/search/ftsquery.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QSqlRecord>

namespace myfyrio {

namespace {

const QChar tagSeparator(0x1F);

const QString newestFirst = QStringLiteral(" ORDER BY r.entry_date DESC, r.created_at DESC, r.seq DESC");

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

ReflectionStore::ReflectionStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes())
{}

// The parts of a reflection kept in tables of their own (tags here; answers,
// actions, failure placements as those features add them). Each part has a
// small store with save() and load(); saving runs inside the caller's transaction.
Expected<void> ReflectionStore::saveParts(const Reflection& reflection) const
{
    if (auto tagged = TagStore(m_db).setTags(reflection.id, reflection.tags); !tagged)
        return tagged;
    if (auto guided = ModelAnswerStore(m_db).save(reflection); !guided)
        return guided;
    if (auto acted = ActionStore(m_db).save(reflection.id, reflection.actions); !acted)
        return acted;
    if (auto placed = FailurePlacementStore(m_db).save(reflection.id, reflection.failure); !placed)
        return placed;
    return {};
}

Expected<void> ReflectionStore::loadParts(Reflection& reflection) const
{
    auto tags = TagStore(m_db).tagsOf(reflection.id);
    if (!tags)
        return tags.failure();
    reflection.tags = std::move(tags).value();
    if (auto guided = ModelAnswerStore(m_db).load(reflection); !guided)
        return guided;
    auto actions = ActionStore(m_db).actionsOf(reflection.id);
    if (!actions)
        return actions.failure();
    reflection.actions = std::move(actions).value();
    auto placement = FailurePlacementStore(m_db).load(reflection.id);
    if (!placement)
        return placement.failure();
    reflection.failure = std::move(placement).value();
    return {};
}

QString ReflectionStore::validate(const Reflection& reflection)
{
    if (!reflection.date.isValid())
        return tr("The reflection has no valid date.");
    if (reflection.date.year() < 1900 || reflection.date.year() > 9999)
        return tr("The date %1 is outside the years 1900 to 9999.").arg(timestamps::toStorage(reflection.date));
    if (reflection.language != languageCodeWelsh() && reflection.language != languageCodeEnglish())
        return tr("The language of a reflection must be Welsh (cy) or English (en).");
    if (reflection.failure && !FailurePlacementStore::validate(*reflection.failure).isEmpty())
        return FailurePlacementStore::validate(*reflection.failure);
    return {};
}

Expected<Reflection> ReflectionStore::add(Reflection reflection) const
{
    if (const QString problem = validate(reflection); !problem.isEmpty())
        return Failure{problem};
    if (reflection.id.isEmpty())
        reflection.id = newId();
    const QDateTime now = timestamps::nowUtc();
    if (!reflection.created.isValid())
        reflection.created = now;
    if (!reflection.updated.isValid())
        reflection.updated = reflection.created;
    reflection.tags = TagStore::normalised(reflection.tags);
    ActionStore::prepare(reflection.actions);

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto inserted =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body, lang,"
                                " bring_to_supervision) VALUES (:id, :title, :date, :created, :updated, :body, :lang,"
                                " :supervision)"),
                 {{QStringLiteral("id"), reflection.id},
                  {QStringLiteral("title"), reflection.title},
                  {QStringLiteral("date"), timestamps::toStorage(reflection.date)},
                  {QStringLiteral("created"), timestamps::toStorage(reflection.created)},
                  {QStringLiteral("updated"), timestamps::toStorage(reflection.updated)},
                  {QStringLiteral("body"), reflection.body},
                  {QStringLiteral("lang"), reflection.language},
                  {QStringLiteral("supervision"), reflection.bringToSupervision ? 1 : 0}});
    if (!inserted)
        return inserted.failure();
    if (auto saved = saveParts(reflection); !saved)
        return saved.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes) {
        JournalChanges::Batch batch(*m_changes);
        m_changes->reflectionAdded(reflection.id);
        if (!reflection.tags.isEmpty())
            m_changes->tagsTouched();
        if (!reflection.actions.isEmpty())
            m_changes->actionsChangedOf(reflection.id);
    }
    return reflection;
}

Expected<Reflection> ReflectionStore::update(Reflection reflection) const
{
    if (const QString problem = validate(reflection); !problem.isEmpty())
        return Failure{problem};
    reflection.updated = timestamps::nowUtc();
    reflection.tags = TagStore::normalised(reflection.tags);
    ActionStore::prepare(reflection.actions);

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto updated =
        sql::run(m_db,
                 QStringLiteral("UPDATE reflection SET title = :title, entry_date = :date, updated_at = :updated,"
                                " body = :body, lang = :lang, bring_to_supervision = :supervision WHERE id = :id"),
                 {{QStringLiteral("id"), reflection.id},
                  {QStringLiteral("title"), reflection.title},
                  {QStringLiteral("date"), timestamps::toStorage(reflection.date)},
                  {QStringLiteral("updated"), timestamps::toStorage(reflection.updated)},
                  {QStringLiteral("body"), reflection.body},
                  {QStringLiteral("lang"), reflection.language},
                  {QStringLiteral("supervision"), reflection.bringToSupervision ? 1 : 0}});
    if (!updated)
        return updated.failure();
    if (updated->numRowsAffected() == 0)
        return Failure{tr("The reflection “%1” is no longer in the journal.").arg(reflection.title)};
    if (auto saved = saveParts(reflection); !saved)
        return saved.failure();
    if (auto cleaned = TagStore(m_db).removeUnused(); !cleaned)
        return cleaned.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes) {
        JournalChanges::Batch batch(*m_changes);
        m_changes->reflectionChanged(reflection.id);
        m_changes->tagsTouched();
        m_changes->actionsChangedOf(reflection.id);
    }
    return reflection;
}

Expected<void> ReflectionStore::remove(const QString& id) const
{
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    if (auto removed =
            sql::run(m_db, QStringLiteral("DELETE FROM reflection WHERE id = :id"), {{QStringLiteral("id"), id}});
        !removed)
        return removed.failure();
    if (auto cleaned = TagStore(m_db).removeUnused(); !cleaned)
        return cleaned.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (m_changes) {
        JournalChanges::Batch batch(*m_changes);
        m_changes->reflectionRemoved(id);
        m_changes->tagsTouched();
        m_changes->actionsChangedOf(id);
    }
    return {};
}

Expected<std::optional<Reflection>> ReflectionStore::find(const QString& id) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT r.id, r.title, r.entry_date, r.created_at, r.updated_at, r.body,"
                                         " r.lang, r.bring_to_supervision FROM reflection r WHERE r.id = :id"),
                          {{QStringLiteral("id"), id}});
    if (!query)
        return query.failure();
    if (!query->next())
        return std::optional<Reflection>();
    Reflection r;
    r.id = query->value(0).toString();
    r.title = query->value(1).toString();
    r.date = timestamps::dateFromStorage(query->value(2).toString());
    r.created = timestamps::timeFromStorage(query->value(3).toString());
    r.updated = timestamps::timeFromStorage(query->value(4).toString());
    r.body = query->value(5).toString();
    r.language = query->value(6).toString();
    r.bringToSupervision = query->value(7).toInt() != 0;
    query->finish();
    if (auto loaded = loadParts(r); !loaded)
        return loaded.failure();
    return std::optional<Reflection>(std::move(r));
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

Expected<QVector<ReflectionSummary>> ReflectionStore::list(const ReflectionFilter& filter, int limit, int offset) const
{
    FilterSql parts = filterSql(filter);
    const QString snippet = parts.fullText
                                ? QStringLiteral("snippet(reflection_fts, -1, char(57344), char(57345), '…', 16)")
                                : QStringLiteral("''");
    const QString statement = summaryColumns + tagsColumn + QStringLiteral(", ") + snippet + failureReasonColumn
                              + parts.from + parts.where + newestFirst + limitClause(limit, offset, parts.values);
    return readSummaries(m_db, statement, parts.values);
}

Expected<std::optional<ReflectionSummary>> ReflectionStore::summary(const QString& id) const
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

Expected<QVector<Reflection>> ReflectionStore::listFull(const ReflectionFilter& filter) const
{
    auto summaries = list(filter);
    if (!summaries)
        return summaries.failure();
    QVector<Reflection> result;
    result.reserve(summaries->size());
    for (const ReflectionSummary& summary : *summaries) {
        auto found = find(summary.id);
        if (!found)
            return found.failure();
        if (found->has_value())
            result.append(std::move(**found));
    }
    return result;
}

Expected<int> ReflectionStore::count(const ReflectionFilter& filter) const
{
    const FilterSql parts = filterSql(filter);
    auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*)") + parts.from + parts.where, parts.values);
    if (!value)
        return value.failure();
    return value->toInt();
}

Expected<QVector<MonthCount>> ReflectionStore::months(const ReflectionFilter& filter) const
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
