#pragma once

#include <QDialog>

#include <functional>

namespace myfyrio {

/// Modal dialogs of the app's own (not message boxes or file dialogs) go
/// through here, so that a test can act on one without a timer, as
/// MessageBox and FileDialog let it answer theirs.
///
/// Product code builds its dialog as usual and calls exec(). When a step has
/// been queued, the dialog is not shown: the step is given the dialog to act
/// on as a person would (tick, type, click a button), and the dialog's result
/// is returned. Nothing here knows whether a test is running; an empty queue
/// simply means "show it to the person".
class DialogRunner
{
public:
    using Step = std::function<void(QDialog&)>;

    /// Shows the dialog modally (or hands it to the next queued step) and returns its result.
    static int exec(QDialog& dialog);

    /// The next dialog is given to this step instead of being shown. A step
    /// that neither accepts nor rejects it leaves it rejected.
    static void setNextStep(Step step);
    /// How many queued steps are still waiting for a dialog.
    static int pendingSteps();
    /// Forgets queued steps.
    static void reset();
};

} // namespace myfyrio
