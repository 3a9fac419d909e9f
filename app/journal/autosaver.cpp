#include "app/journal/autosaver.h"

#include "app/journal/reflectioneditor.h"
#include "core/journal/reflectionmerge.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"

#include <algorithm>

namespace myfyrio {

Autosaver::Autosaver(const Database& database, ReflectionEditor* editor, QObject* parent)
    : EditSaver(parent),
      m_database(database),
      m_editor(editor),
      m_store(std::make_unique<ReflectionStore>(database)),
      m_background(new BackgroundSaver(database, this))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMilliseconds);
    connect(&m_timer, &AutosaveTimer::due, this, &Autosaver::startSave);
    connect(&m_retry, &QTimer::timeout, this, &Autosaver::startSave);
    connect(m_background, &BackgroundSaver::finished, this, &Autosaver::onFinished);
    connect(editor, &ReflectionEditor::changed, this, &Autosaver::markChanged);
}

Autosaver::~Autosaver()
{
    if (m_inFlight)
        m_ticket.answer.wait();
}

void Autosaver::markChanged()
{
    m_timer.touch();
    if (state() != State::Failed)
        setState(State::Pending);
}

bool Autosaver::saveNow()
{
    if (m_inFlight)
        finishInFlight();
    if (!hasUnsavedChanges())
        return true;
    if (!m_editor->hasReflection()) {
        m_timer.stop();
        setState(State::Saved);
        return true;
    }
    send();
    return !m_inFlight || finishInFlight();
}

void Autosaver::startSave()
{
    if (m_inFlight) {
        m_dueAgain = true; // saved as soon as the save being written is done
        return;
    }
    if (!hasUnsavedChanges())
        return;
    if (!m_editor->hasReflection()) {
        setState(State::Saved);
        return;
    }
    send();
}

void Autosaver::send()
{
    m_timer.stop();
    m_retry.stop();
    m_dueAgain = false;
    setState(State::Saving);
    // Only what the editor changed since it loaded (or last saved) is written,
    // merged with changes made elsewhere meanwhile.
    m_sent = m_editor->reflection();
    m_sentBase = m_editor->savedReflection();
    if (m_direct) {
        settle(m_store->update(m_sent, m_sentBase));
        return;
    }
    m_inFlight = true;
    m_ticket = m_background->start(
        [edited = m_sent, base = m_sentBase](const ReflectionStore& store) { return store.update(edited, base); });
}

void Autosaver::onFinished(quint64 number)
{
    if (!m_inFlight || number != m_ticket.number)
        return; // already taken by saveNow()
    finishInFlight();
    if (m_dueAgain && state() == State::Pending)
        startSave();
}

bool Autosaver::finishInFlight()
{
    const BackgroundSaver::Result result = m_ticket.answer.get();
    m_inFlight = false;
    if (result.code() == BackgroundSaver::unavailable) {
        // No second connection: from now on the GUI thread writes, as before.
        m_direct = true;
        return settle(m_store->update(m_sent, m_sentBase));
    }
    if (result)
        announce(result.value());
    return settle(result);
}

void Autosaver::announce(const Reflection& saved)
{
    // Written through the saving thread's own connection: told to the views here.
    if (saved.revision == m_sentBase.revision)
        return; // nothing needed writing
    JournalChanges& changes = m_database.changes();
    JournalChanges::Batch batch(changes);
    changes.reflectionChanged(saved.id);
    if (saved.tags != m_sentBase.tags)
        changes.tagsTouched();
    if (saved.actions != m_sentBase.actions)
        changes.actionsChangedOf(saved.id);
}

bool Autosaver::settle(const BackgroundSaver::Result& result)
{
    if (!result) {
        if (result.code() == FailureCode::conflict || result.code() == FailureCode::gone)
            return keepCopy(result.code() == FailureCode::gone);
        fail(result.error());
        return false;
    }
    const Reflection& written = result.value();
    if (written.id != m_editor->reflectionId())
        return true; // the editor moved on (it waits for its save before it does)
    const Reflection now = m_editor->reflection();
    const bool typedMeanwhile = !ReflectionStore::sameContent(now, m_sent);
    if (ReflectionStore::sameContent(written, m_sent)) {
        m_editor->markSaved(written);
    } else if (!typedMeanwhile) {
        m_editor->showMerged(written); // changes made elsewhere came in with the save
    } else {
        // Changes from elsewhere, and typing since the save began: show both,
        // with the saved copy as the base of the next save.
        const ReflectionMerge::Result both = ReflectionMerge::merge(m_sent, now, written);
        m_editor->showMerged(written, both.merged);
    }
    setFailure({});
    if (typedMeanwhile) {
        setState(State::Pending);
        if (!m_timer.isActive())
            m_timer.touch();
    } else {
        setState(State::Saved);
    }
    emit saved(written);
    return true;
}

bool Autosaver::keepCopy(bool gone)
{
    // Nothing was written over the other version: the editor's one becomes a
    // reflection of its own, with everything the editor holds.
    const Reflection edited = m_editor->reflection();
    Reflection copy = edited;
    copy.id.clear();
    copy.revision = 0;
    copy.created = {};
    copy.updated = {};
    copy.title = copyTitle(edited.title);
    for (Action& action : copy.actions)
        action.id.clear(); // the other version keeps its actions' ids
    if (!copy.date.isValid())
        copy.date = QDate::currentDate(); // a new reflection needs a date; the other keeps its stored one
    auto added = m_store->add(copy);
    if (!added) {
        fail(added.error());
        return false;
    }
    m_editor->showCopy(added.value());
    m_newId.clear();
    setFailure({});
    setState(State::Saved);
    emit keptCopy(added.value(), edited.title, gone);
    emit saved(added.value());
    return true;
}

void Autosaver::fail(const QString& reason)
{
    setFailure(reason);
    setState(State::Failed);
    m_retry.start();
}

bool Autosaver::saveBeforeLeaving()
{
    const QString fresh = std::exchange(m_newId, QString());
    if (!fresh.isEmpty() && m_editor->reflectionId() == fresh && isBlank(m_editor->reflection())) {
        discard();
        // Deleted for good, not put in the trash: there was nothing in it to keep.
        if (m_store->remove(fresh))
            return true;
    }
    return saveNow();
}

void Autosaver::discard()
{
    if (m_inFlight) {
        m_ticket.answer.wait(); // its answer no longer matters
        m_inFlight = false;
    }
    m_timer.stop();
    m_retry.stop();
    setFailure({});
    setState(State::Saved);
}

bool Autosaver::isBlank(const Reflection& r)
{
    const bool noAnswers = std::all_of(r.answers.cbegin(), r.answers.cend(),
                                       [](const QString& answer) { return answer.trimmed().isEmpty(); });
    return r.title.trimmed().isEmpty() && r.body.trimmed().isEmpty() && r.tags.isEmpty() && noAnswers
           && r.actions.isEmpty() && !r.failure && r.scale.isEmpty() && !r.bringToSupervision && !r.dontResurface;
}

QString Autosaver::copyNotice(const QString& originalTitle, const QString& copyTitle, bool gone)
{
    const QString original = originalTitle.trimmed().isEmpty() ? tr("Untitled reflection") : originalTitle;
    if (gone)
        //: %1 is the title of the reflection, %2 the title of the copy kept.
        return tr("“%1” was deleted somewhere else (in another window or from the command line) while you were "
                  "writing. Your version is kept as a new reflection, “%2”, open here.")
            .arg(original, copyTitle);
    //: %1 is the title of the reflection, %2 the title of the copy kept.
    return tr("“%1” was changed somewhere else (in another window or from the command line) while you were writing, "
              "in the same part. Nothing was overwritten: your version is kept as a new reflection, “%2”, open here, "
              "and the other version is in the list under its own title.")
        .arg(original, copyTitle);
}

QString Autosaver::copyTitle(const QString& title)
{
    if (title.trimmed().isEmpty())
        //: The title of a copy kept when a save of an untitled reflection clashed with a change made elsewhere.
        return tr("Your copy of an untitled reflection");
    //: The title of a copy kept when a save clashed with a change made elsewhere. %1 is the reflection's title.
    return tr("%1 (your copy)").arg(title);
}

} // namespace myfyrio
