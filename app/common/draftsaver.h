#pragma once

#include "app/common/autosavetimer.h"
#include "app/common/editsaver.h"
#include "core/util/expected.h"

#include <functional>

namespace myfyrio {

/// Saves a draft kept in a form (an agreement, a session) the way the journal
/// saves a reflection: told markChanged() on every edit, it saves after the
/// pause and at least every AutosaveTimer::maxWaitMilliseconds while the
/// editing goes on (unless autosaving is off), and at once when asked. A
/// failed save keeps the form as it is and says why; the next edit, or the
/// next saveNow(), tries again.
class DraftSaver : public EditSaver
{
    Q_OBJECT

public:
    /// `save` writes the form's draft and returns why it could not.
    using Save = std::function<Expected<void>()>;

    DraftSaver(Save save, bool autosave, QObject* parent = nullptr);

    bool saveNow() override;
    /// The form was edited.
    void markChanged();
    /// The form shows something just loaded: nothing is unsaved.
    void reset();

private:
    Save m_save;
    bool m_autosave;
    AutosaveTimer m_timer;
};

} // namespace myfyrio
