#include "core/storage/journalchanges.h"

namespace myfyrio {

struct JournalChanges::Pending {
    QStringList added, changed, removed, actions, agreements, sessions, cards;
    bool tags = false;
    bool models = false;
    bool trash = false;
    bool replaced = false;

    bool isEmpty() const
    {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && actions.isEmpty() && agreements.isEmpty()
               && sessions.isEmpty() && cards.isEmpty() && !tags && !models && !replaced;
    }
};

namespace {

void note(QStringList& list, const QString& id)
{
    if (!list.contains(id))
        list.append(id);
}

} // namespace

JournalChanges::JournalChanges(QObject* parent) : QObject(parent), m_pending(new Pending) {}

JournalChanges::~JournalChanges()
{
    delete m_pending;
}

void JournalChanges::reflectionAdded(const QString& id)
{
    note(m_pending->added, id);
    flush();
}

void JournalChanges::reflectionChanged(const QString& id)
{
    note(m_pending->changed, id);
    flush();
}

void JournalChanges::reflectionRemoved(const QString& id)
{
    note(m_pending->removed, id);
    flush();
}

void JournalChanges::actionsChangedOf(const QString& reflectionId)
{
    note(m_pending->actions, reflectionId);
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
    note(m_pending->agreements, agreementId);
    flush();
}

void JournalChanges::sessionChanged(const QString& agreementId)
{
    note(m_pending->sessions, agreementId);
    flush();
}

void JournalChanges::trashTouched()
{
    m_pending->trash = true;
    flush();
}

void JournalChanges::learningCardsChangedOf(const QString& reflectionId)
{
    note(m_pending->cards, reflectionId);
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
    // A record added and then removed inside one batch is never announced.
    QStringList added = sent.added;
    QStringList changed = sent.changed;
    for (const QString& id : sent.removed) {
        added.removeAll(id);
        changed.removeAll(id);
    }
    for (const QString& id : std::as_const(added))
        changed.removeAll(id);
    if (!added.isEmpty())
        emit reflectionsAdded(added);
    if (!changed.isEmpty())
        emit reflectionsChanged(changed);
    if (!sent.removed.isEmpty())
        emit reflectionsRemoved(sent.removed);
    if (!sent.actions.isEmpty())
        emit actionsChanged(sent.actions);
    if (sent.tags)
        emit tagsChanged();
    if (sent.models)
        emit modelsChanged();
    if (!sent.agreements.isEmpty())
        emit agreementsChanged(sent.agreements);
    if (!sent.sessions.isEmpty())
        emit sessionsChanged(sent.sessions);
    if (sent.trash)
        emit trashChanged();
    if (!sent.cards.isEmpty())
        emit learningCardsChanged(sent.cards);
}

} // namespace myfyrio
