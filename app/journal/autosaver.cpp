#include "app/journal/autosaver.h"

#include "app/journal/reflectioneditor.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"

namespace myfyrio {

Autosaver::Autosaver(const Database& database, ReflectionEditor* editor, QObject* parent)
    : QObject(parent), m_editor(editor), m_store(std::make_unique<ReflectionStore>(database))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMilliseconds);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMilliseconds);
    connect(&m_quiet, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_retry, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(editor, &ReflectionEditor::changed, this, &Autosaver::markChanged);
}

Autosaver::~Autosaver() = default;

void Autosaver::markChanged()
{
    m_quiet.start();
    if (m_state != State::Failed)
        setState(State::Pending);
}

bool Autosaver::saveNow()
{
    if (!hasUnsavedChanges())
        return true;
    m_quiet.stop();
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
        m_failure = result.error();
        setState(State::Failed);
        m_retry.start();
        return false;
    }
    if (ReflectionStore::sameContent(result.value(), edited))
        m_editor->markSaved(result.value());
    else
        m_editor->showMerged(result.value()); // changes made elsewhere came in with the save
    m_failure.clear();
    setState(State::Saved);
    emit saved(result.value());
    return true;
}

void Autosaver::discard()
{
    m_quiet.stop();
    m_retry.stop();
    m_failure.clear();
    setState(State::Saved);
}

QString Autosaver::message() const
{
    switch (m_state) {
    case State::Saved:
        return tr("All changes saved");
    case State::Pending:
        //: Shown while typing, until the pause after which the reflection is saved.
        return tr("Unsaved changes");
    case State::Saving:
        return tr("Saving…");
    case State::Failed:
        //: %1 is the reason, a whole sentence such as "The disk is full."
        return tr("Could not save: %1 Your text is kept here and saving will be tried again.").arg(m_failure);
    }
    return {};
}

void Autosaver::setState(State state)
{
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace myfyrio
