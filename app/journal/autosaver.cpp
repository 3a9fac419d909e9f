#include "app/journal/autosaver.h"

#include "app/journal/reflectioneditor.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"

#include <algorithm>

namespace myfyrio {

Autosaver::Autosaver(const Database& database, ReflectionEditor* editor, QObject* parent)
    : EditSaver(parent), m_editor(editor), m_store(std::make_unique<ReflectionStore>(database))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMilliseconds);
    connect(&m_timer, &AutosaveTimer::due, this, &Autosaver::saveNow);
    connect(&m_retry, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(editor, &ReflectionEditor::changed, this, &Autosaver::markChanged);
}

Autosaver::~Autosaver() = default;

void Autosaver::markChanged()
{
    m_timer.touch();
    if (state() != State::Failed)
        setState(State::Pending);
}

bool Autosaver::saveNow()
{
    if (!hasUnsavedChanges())
        return true;
    m_timer.stop();
    m_retry.stop();
    if (!m_editor->hasReflection()) {
        setState(State::Saved);
        return true;
    }
    setState(State::Saving);
    // Only what the editor changed since it loaded (or last saved) is written,
    // merged with changes made elsewhere meanwhile.
    const Reflection edited = m_editor->reflection();
    auto result = m_store->update(edited, m_editor->savedReflection());
    if (!result) {
        if (result.code() == FailureCode::conflict || result.code() == FailureCode::gone)
            return keepCopy(edited, result.code() == FailureCode::gone);
        fail(result.error());
        return false;
    }
    if (ReflectionStore::sameContent(result.value(), edited))
        m_editor->markSaved(result.value());
    else
        m_editor->showMerged(result.value()); // changes made elsewhere came in with the save
    setFailure({});
    setState(State::Saved);
    emit saved(result.value());
    return true;
}

bool Autosaver::keepCopy(const Reflection& edited, bool gone)
{
    // Nothing was written over the other version: the editor's one becomes a
    // reflection of its own, with everything the editor holds.
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
