#include "core/storage/journalchanges.h"

#include <QSet>

namespace myfyrio {

namespace {

/// Ids in the order they were first noted, each once; noting is O(1), so an
/// import of 100,000 reflections in one batch stays linear.
struct IdList {
    QStringList ids;
    QSet<QString> seen;

    void note(const QString& id)
    {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    bool isEmpty() const { return ids.isEmpty(); }
};

QStringList without(const QStringList& ids, const QSet<QString>& leftOut)
{
    if (leftOut.isEmpty())
        return ids;
    QStringList kept;
    kept.reserve(ids.size());
    for (const QString& id : ids) {
        if (!leftOut.contains(id))
            kept.append(id);
    }
    return kept;
}

} // namespace

struct JournalChanges::Pending {
    IdList added, changed, removed, actions, attachments, agreements, sessions, cards;
    bool tags = false;
    bool models = false;
    bool trash = false;
    bool replaced = false;

    bool isEmpty() const
    {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && actions.isEmpty() && attachments.isEmpty()
               && agreements.isEmpty() && sessions.isEmpty() && cards.isEmpty() && !tags && !models && !trash
               && !replaced;
    }
};

JournalChanges::JournalChanges(QObject* parent) : QObject(parent), m_pending(new Pending) {}

JournalChanges::~JournalChanges()
{
    delete m_pending;
}

void JournalChanges::reflectionAdded(const QString& id)
{
    m_pending->added.note(id);
    flush();
}

void JournalChanges::reflectionChanged(const QString& id)
{
    m_pending->changed.note(id);
    flush();
}

void JournalChanges::reflectionRemoved(const QString& id)
{
    m_pending->removed.note(id);
    flush();
}

void JournalChanges::actionsChangedOf(const QString& reflectionId)
{
    m_pending->actions.note(reflectionId);
    flush();
}

void JournalChanges::attachmentsChangedOf(const QString& reflectionId)
{
    m_pending->attachments.note(reflectionId);
    flush();
}

void JournalChanges::tagsTouched()
{
    m_pending->tags = true;
    flush();
}

void JournalChanges::modelsTouched()
{
    m_pending->models = true;
    flush();
}

void JournalChanges::agreementChanged(const QString& agreementId)
{
    m_pending->agreements.note(agreementId);
    flush();
}

void JournalChanges::sessionChanged(const QString& agreementId)
{
    m_pending->sessions.note(agreementId);
    flush();
}

void JournalChanges::trashTouched()
{
    m_pending->trash = true;
    flush();
}

void JournalChanges::learningCardsChangedOf(const QString& reflectionId)
{
    m_pending->cards.note(reflectionId);
    flush();
}

void JournalChanges::replaced()
{
    m_pending->replaced = true;
    flush();
}

void JournalChanges::beginBatch()
{
    ++m_depth;
}

void JournalChanges::endBatch()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 0)
        --m_depth;
    flush();
}

void JournalChanges::flush()
{
    if (m_depth > 0 || m_pending->isEmpty())
        return;
    const Pending sent = *m_pending;
    *m_pending = Pending();
    if (sent.replaced) {
        // One reading of everything covers every smaller change.
        emit journalReplaced();
        return;
    }
    // A record added and then removed inside one batch is never announced, and an
    // added one is not also announced as changed.
    const QStringList added = without(sent.added.ids, sent.removed.seen);
    const QStringList changed = without(without(sent.changed.ids, sent.removed.seen), sent.added.seen);
    if (!added.isEmpty())
        emit reflectionsAdded(added);
    if (!changed.isEmpty())
        emit reflectionsChanged(changed);
    if (!sent.removed.isEmpty())
        emit reflectionsRemoved(sent.removed.ids);
    if (!sent.actions.isEmpty())
        emit actionsChanged(sent.actions.ids);
    if (!sent.attachments.isEmpty())
        emit attachmentsChanged(sent.attachments.ids);
    if (sent.tags)
        emit tagsChanged();
    if (sent.models)
        emit modelsChanged();
    if (!sent.agreements.isEmpty())
        emit agreementsChanged(sent.agreements.ids);
    if (!sent.sessions.isEmpty())
        emit sessionsChanged(sent.sessions.ids);
    if (sent.trash)
        emit trashChanged();
    if (!sent.cards.isEmpty())
        emit learningCardsChanged(sent.cards.ids);
}

} // namespace myfyrio
