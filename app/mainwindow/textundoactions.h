#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace myfyrio {

/// Edit > Undo and Redo for text: they act on the text field that has the
/// focus in the visible view (a line edit, a plain-text or a rich-text edit)
/// and on nothing else: never on an editor of a hidden view. They are enabled
/// only when there is something to undo or redo there.
class TextUndoActions : public QObject
{
    Q_OBJECT

public:
    explicit TextUndoActions(QObject* parent);

    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }

    /// Sets the texts; call after a language change.
    void retranslate();
    /// Enables the actions for the current focus; call before a menu shows.
    void refresh();

    /// The text field Undo and Redo act on now, or null.
    static QWidget* target();

private:
    void follow(QWidget* focus);

    QAction* m_undo;
    QAction* m_redo;
    QPointer<QWidget> m_followed;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace myfyrio
