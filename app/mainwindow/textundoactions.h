#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace myfyrio {

/// Edit > Undo and Redo for text: they act on the text field that has the
/// focus (a line edit or a plain-text edit), or on the fallback (the
/// reflection's body) when the focus is elsewhere, and are enabled only when
/// there is something to undo or redo there.
class TextUndoActions : public QObject
{
    Q_OBJECT

public:
    TextUndoActions(QWidget* fallback, QObject* parent);

    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }

    /// Sets the texts; call after a language change.
    void retranslate();
    /// Enables the actions for the current focus; call before a menu shows.
    void refresh();

private:
    QWidget* target() const;

    QWidget* m_fallback;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace myfyrio
