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
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

namespace myfyrio {

ReflectionStore::ReflectionStore(const Database& database)
    : ReflectionReader(database.connection()), m_db(database.connection()), m_changes(&database.changes())
{}

ReflectionStore::ReflectionStore(QSqlDatabase db) : ReflectionReader(db), m_db(std::move(db)) {}

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
    auto inserted = sql::exec(
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
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE reflection SET ") + sets.join(QStringLiteral(", "))
                                 + QStringLiteral(", revision = revision + 1 WHERE id = :id AND revision = :revision"),
                             values);
    if (!updated)
        return updated.failure();
    if (*updated == 0)
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
            sql::exec(m_db, QStringLiteral("DELETE FROM reflection WHERE id = :id"), {{QStringLiteral("id"), id}});
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
    if (auto kept = sql::exec(m_db,
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
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM reflection_trash WHERE id = :id"),
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

} // namespace myfyrio
