#include "app/common/draftsaver.h"

namespace myfyrio {

DraftSaver::DraftSaver(Save save, bool autosave, QObject* parent)
    : EditSaver(parent), m_save(std::move(save)), m_autosave(autosave)
{
    connect(&m_timer, &AutosaveTimer::due, this, &DraftSaver::saveNow);
}

void DraftSaver::markChanged()
{
    if (m_autosave)
        m_timer.touch();
    if (state() != State::Failed)
        setState(State::Pending);
}

bool DraftSaver::saveNow()
{
    if (!hasUnsavedChanges())
        return true;
    m_timer.stop();
    setState(State::Saving);
    if (auto saved = m_save(); !saved) {
        setFailure(saved.error());
        setState(State::Failed);
        return false;
    }
    setFailure({});
    setState(State::Saved);
    return true;
}

void DraftSaver::reset()
{
    m_timer.stop();
    setFailure({});
    setState(State::Saved);
}

} // namespace myfyrio
