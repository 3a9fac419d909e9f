#include "core/journal/reflectionstore.h"

#include "core/cpd/cpdrecordstore.h"
#include "core/failure/failureplacementstore.h"
#include "core/journal/actionstore.h"
#include "core/journal/modelanswerstore.h"
#include "core/journal/reflectionmerge.h"
#include "core/journal/reflectionsnapshot.h"
#include "core/journal/systemscale.h"
#include "core/journal/tagstore.h"
#include "core/models/modelcatalog.h"
#include "core/search/filtersql.h"
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

ReflectionStore::ReflectionStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString ReflectionStore::validate(const Reflection& reflection)
{
    if (!reflection.date.isValid())
        return tr("The reflection has no valid date.");
    if (reflection.date.year() < 1900 || reflection.date.year() > 9999)
        //: %1 is a date.
        return tr("The date %1 is outside the years 1900 to 9999.").arg(timestamps::toStorage(reflection.date));
    if (reflection.language != languageCodeWelsh() && reflection.language != languageCodeEnglish())
        return tr("The language of a reflection must be Welsh (cy) or English (en).");
    if (!reflection.scale.isEmpty() && !SystemScale::isCode(reflection.scale))
        //: %1 is the code that was given, not a word of the language.
        return tr("“%1” is not a system scale: use person, organisation, place or country.").arg(reflection.scale);
    if (reflection.failure && !FailurePlacementStore::validate(*reflection.failure).isEmpty())
        return FailurePlacementStore::validate(*reflection.failure);
    return {};
}

Expected<void> ReflectionStore::checkModel(const QString& model) const
{
    auto found = ModelCatalog(m_db).find(model);
    if (!found)
        return found.failure();
    if (!found->has_value())
        //: %1 is the code of a reflective model.
        return Failure{tr("The reflective model “%1” is not in this journal.").arg(model)};
    return {};
}

Expected<Reflection> ReflectionStore::add(Reflection reflection) const
{
    if (reflection.model.isEmpty())
        reflection.model = ReflectiveModel::freeWritingCode();
    if (const QString problem = validate(reflection); !problem.isEmpty())
        return Failure{problem};
    if (auto known = checkModel(reflection.model); !known)
        return known.failure();
    if (reflection.id.isEmpty())
        reflection.id = newId();
    const QDateTime now = timestamps::nowUtc();
    if (!reflection.created.isValid())
        reflection.created = now;
    if (!reflection.updated.isValid())
        reflection.updated = reflection.created;
    reflection.tags = TagStore::normalised(reflection.tags);
    ActionStore::prepare(reflection.actions);
    reflection.revision = 1;

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto inserted = sql::run(
        m_db,
        QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body, lang,"
                       " bring_to_supervision, model, scale, dont_resurface, revision) VALUES (:id, :title, :date,"
                       " :created, :updated, :body, :lang, :supervision, :model, :scale, :dont, 1)"),
        {{QStringLiteral("id"), reflection.id},
         {QStringLiteral("title"), reflection.title},
         {QStringLiteral("date"), timestamps::toStorage(reflection.date)},
         {QStringLiteral("created"), timestamps::toStorage(reflection.created)},
         {QStringLiteral("updated"), timestamps::toStorage(reflection.updated)},
         {QStringLiteral("body"), reflection.body},
         {QStringLiteral("lang"), reflection.language},
         {QStringLiteral("supervision"), reflection.bringToSupervision ? 1 : 0},
         {QStringLiteral("model"), reflection.model},
         {QStringLiteral("scale"), reflection.scale.isEmpty() ? QVariant() : reflection.scale},
         {QStringLiteral("dont"), reflection.dontResurface ? 1 : 0}});
    if (!inserted)
        return inserted.failure();
    if (auto saved = saveParts(Reflection(), reflection); !saved)
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

Expected<Reflection> ReflectionStore::update(const Reflection& edited) const
{
    auto stored = find(edited.id);
    if (!stored)
        return stored.failure();
    if (!stored->has_value())
        return goneFailure(edited);
    if ((*stored)->revision != edited.revision) {
        // Written since this copy was read, and there is no base to merge with.
        if (sameContent(edited, **stored))
            return **stored;
        return conflictFailure(edited, {});
    }
    return write(**stored, edited);
}

Expected<Reflection> ReflectionStore::update(const Reflection& edited, const Reflection& base) const
{
    auto stored = find(edited.id);
    if (!stored)
        return stored.failure();
    if (!stored->has_value())
        return goneFailure(edited);
    if ((*stored)->revision == base.revision)
        return write(**stored, edited);
    const ReflectionMerge::Result merge = ReflectionMerge::merge(base, edited, **stored);
    if (merge.hasConflicts())
        return conflictFailure(edited, merge.conflicts);
    return write(**stored, merge.merged);
}

Failure ReflectionStore::goneFailure(const Reflection& reflection)
{
    //: %1 is the reflection's title.
    return Failure{tr("The reflection “%1” is no longer in the journal.").arg(reflection.title), FailureCode::gone};
}

Failure ReflectionStore::conflictFailure(const Reflection& reflection, const QStringList& fields)
{
    Q_UNUSED(fields);
    //: %1 is the reflection's title.
    return Failure{tr("The reflection “%1” was changed somewhere else (in another window or from the command line) "
                      "while you were writing, and both changed the same part. Nothing was overwritten.")
                       .arg(reflection.title),
                   FailureCode::conflict};
}

bool ReflectionStore::sameContent(const Reflection& a, const Reflection& b)
{
    return a.title == b.title && a.date == b.date && a.body == b.body && a.language == b.language
           && a.bringToSupervision == b.bringToSupervision && a.model == b.model && a.scale == b.scale
           && a.dontResurface == b.dontResurface && a.failure == b.failure && a.cpd == b.cpd && a.answers == b.answers
           && a.actions == b.actions && TagStore::normalised(a.tags) == TagStore::normalised(b.tags);
}

Expected<Reflection> ReflectionStore::write(const Reflection& stored, Reflection wanted) const
{
    if (wanted.model.isEmpty())
        wanted.model = ReflectiveModel::freeWritingCode();
    wanted.tags = TagStore::normalised(wanted.tags);
    ActionStore::prepare(wanted.actions);
    wanted.id = stored.id;
    wanted.created = stored.created;
    // A date that was stored invalid and was not changed is kept as it was, never replaced.
    const bool dateChanged = wanted.date != stored.date;
    if (dateChanged || stored.date.isValid()) {
        if (const QString problem = validate(wanted); !problem.isEmpty())
            return Failure{problem};
    }
    if (wanted.model != stored.model) {
        if (auto known = checkModel(wanted.model); !known)
            return known.failure();
    }

    // Only the columns that changed are written.
    QStringList sets;
    QVariantMap values{{QStringLiteral("id"), stored.id}, {QStringLiteral("revision"), stored.revision}};
    auto set = [&](bool changed, const char* column, const QVariant& value) {
        if (!changed)
            return;
        const QString name = QString::fromLatin1(column);
        sets.append(name + QStringLiteral(" = :") + name);
        values.insert(name, value);
    };
    set(wanted.title != stored.title, "title", wanted.title);
    set(dateChanged, "entry_date", timestamps::toStorage(wanted.date));
    set(wanted.body != stored.body, "body", wanted.body);
    set(wanted.language != stored.language, "lang", wanted.language);
    set(wanted.bringToSupervision != stored.bringToSupervision, "bring_to_supervision",
        wanted.bringToSupervision ? 1 : 0);
    set(wanted.model != stored.model, "model", wanted.model);
    set(wanted.scale != stored.scale, "scale", wanted.scale.isEmpty() ? QVariant() : wanted.scale);
    set(wanted.dontResurface != stored.dontResurface, "dont_resurface", wanted.dontResurface ? 1 : 0);
    const bool tagsChanged = wanted.tags != stored.tags;
    const bool actionsChanged = wanted.actions != stored.actions;
    const bool partsChanged = tagsChanged || actionsChanged || wanted.answers != stored.answers
                              || wanted.failure != stored.failure || wanted.cpd != stored.cpd;
    if (sets.isEmpty() && !partsChanged)
        return stored; // nothing to write

    wanted.updated = timestamps::nowUtc();
    wanted.revision = stored.revision + 1;
    sets.append(QStringLiteral("updated_at = :updated"));
    values.insert(QStringLiteral("updated"), timestamps::toStorage(wanted.updated));

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    // The revision in the WHERE clause: a write that slipped in since find() is never overwritten.
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE reflection SET ") + sets.join(QStringLiteral(", "))
                                + QStringLiteral(", revision = revision + 1 WHERE id = :id AND revision = :revision"),
                            values);
    if (!updated)
        return updated.failure();
    if (updated->numRowsAffected() == 0)
        return conflictFailure(wanted, {});
    if (auto saved = saveParts(stored, wanted); !saved)
        return saved.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes) {
        JournalChanges::Batch batch(*m_changes);
        m_changes->reflectionChanged(wanted.id);
        if (tagsChanged)
            m_changes->tagsTouched();
        if (actionsChanged)
            m_changes->actionsChangedOf(wanted.id);
    }
    return wanted;
}

// The parts of a reflection kept in tables of their own. Each part has a small
// store that writes only what differs between the stored copy and the wanted
// one, inside this store's transaction.
Expected<void> ReflectionStore::saveParts(const Reflection& stored, const Reflection& wanted) const
{
    if (wanted.tags != stored.tags) {
        if (auto tagged = TagStore(m_db).replaceTags(wanted.id, stored.tags, wanted.tags); !tagged)
            return tagged;
    }
    if (wanted.answers != stored.answers) {
        if (auto guided = ModelAnswerStore(m_db).save(wanted.id, stored.answers, wanted.answers); !guided)
            return guided;
    }
    if (wanted.actions != stored.actions) {
        if (auto acted = ActionStore(m_db).save(wanted.id, stored.actions, wanted.actions); !acted)
            return acted;
    }
    if (wanted.failure != stored.failure) {
        if (auto placed = FailurePlacementStore(m_db).save(wanted.id, wanted.failure); !placed)
            return placed;
    }
    if (wanted.cpd != stored.cpd) {
        if (auto counted = CpdRecordStore(m_db).save(wanted.id, wanted.cpd); !counted)
            return counted;
    }
    return {};
}

Expected<void> ReflectionStore::loadParts(Reflection& reflection) const
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

Expected<void> ReflectionStore::remove(const QString& id) const
{
    auto tags = TagStore(m_db).tagsOf(id);
    if (!tags)
        return tags.failure();
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    if (auto removed = deleteRow(id, *tags); !removed)
        return removed;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    announceRemoved(id);
    return {};
}

Expected<void> ReflectionStore::deleteRow(const QString& id, const QStringList& tags) const
{
    if (auto removed =
            sql::run(m_db, QStringLiteral("DELETE FROM reflection WHERE id = :id"), {{QStringLiteral("id"), id}});
        !removed)
        return removed.failure();
    const TagStore tagStore(m_db);
    for (const QString& tag : tags) {
        if (auto cleaned = tagStore.removeIfUnused(TagStore::folded(tag)); !cleaned)
            return cleaned;
    }
    return {};
}

void ReflectionStore::announceRemoved(const QString& id) const
{
    if (!m_changes)
        return;
    JournalChanges::Batch batch(*m_changes);
    m_changes->reflectionRemoved(id);
    m_changes->tagsTouched();
    m_changes->actionsChangedOf(id);
}

Expected<QString> ReflectionStore::moveToTrash(const QString& id) const
{
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto snapshot = ReflectionSnapshot::capture(m_db, id);
    if (!snapshot)
        return snapshot.failure();
    auto tags = TagStore(m_db).tagsOf(id);
    if (!tags)
        return tags.failure();
    const QString trashId = newId();
    if (auto kept = sql::run(m_db,
                             QStringLiteral("INSERT INTO reflection_trash (id, reflection_id, title, entry_date,"
                                            " deleted_at, snapshot) VALUES (:id, :reflection, :title, :date,"
                                            " :deleted, :snapshot)"),
                             {{QStringLiteral("id"), trashId},
                              {QStringLiteral("reflection"), id},
                              {QStringLiteral("title"), snapshot->title},
                              {QStringLiteral("date"), snapshot->entryDate},
                              {QStringLiteral("deleted"), timestamps::toStorage(timestamps::nowUtc())},
                              {QStringLiteral("snapshot"), snapshot->cbor}});
        !kept)
        return kept.failure();
    if (auto removed = deleteRow(id, *tags); !removed)
        return removed.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes) {
        JournalChanges::Batch batch(*m_changes);
        announceRemoved(id);
        m_changes->trashTouched();
    }
    return trashId;
}

Expected<Reflection> ReflectionStore::restoreFromTrash(const QString& trashId) const
{
    auto bytes = sql::scalar(m_db, QStringLiteral("SELECT snapshot FROM reflection_trash WHERE id = :id"),
                             {{QStringLiteral("id"), trashId}});
    if (!bytes)
        return bytes.failure();
    if (bytes->isNull())
        return Failure{tr("That item is no longer in the trash."), FailureCode::gone};
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto id = ReflectionSnapshot::restore(m_db, bytes->toByteArray());
    if (!id)
        return id.failure();
    if (auto removed = sql::run(m_db, QStringLiteral("DELETE FROM reflection_trash WHERE id = :id"),
                                {{QStringLiteral("id"), trashId}});
        !removed)
        return removed.failure();
    auto restored = find(*id);
    if (!restored)
        return restored.failure();
    if (!restored->has_value())
        return Failure{tr("This item of the trash cannot be read, so it cannot be restored.")};
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes) {
        JournalChanges::Batch batch(*m_changes);
        m_changes->reflectionAdded(*id);
        m_changes->tagsTouched();
        m_changes->actionsChangedOf(*id);
        m_changes->trashTouched();
    }
    return **restored;
}

Reflection ReflectionStore::fromRow(const QSqlQuery& query)
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

Expected<std::optional<Reflection>> ReflectionStore::find(const QString& id) const
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
                              + parts.from + parts.where + parts.order + limitClause(limit, offset, parts.values);
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
