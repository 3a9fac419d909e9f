#pragma once

namespace myfyrio {

class EditSaver;

/// What a view that edits something tells the main window: how saving what it
/// edits stands (the status bar shows it while the view is visible), and a way
/// to save it at once (the window does when the view is left).
///
/// A view inherits it beside QWidget; the window only asks for it.
class EditingView
{
public:
    /// The saver of what is being edited in the view; never null.
    virtual EditSaver* editSaver() const = 0;
    /// Saves what is unsaved in the view now; false (with the reason in the
    /// saver) when it could not.
    virtual bool saveEdits() = 0;

protected:
    ~EditingView() = default;
};

} // namespace myfyrio
