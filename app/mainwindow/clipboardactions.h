#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace myfyrio {

/// Edit > Cut, Copy, Paste and Select All: they act on the text field that has
/// the focus (a line edit, a text edit, the text of a spin box or date field)
/// and are enabled only when that makes sense there (no cutting or pasting in
/// read-only text, nothing to copy without a selection).
class ClipboardActions : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardActions(QObject* parent);

    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* selectAll() const { return m_selectAll; }

    /// Sets the texts; call after a language change.
    void retranslate();
    /// Enables the actions for the current focus; call before a menu shows.
    void refresh();

private:
    enum class Command { Cut, Copy, Paste, SelectAll };
    void run(Command command);
    QAction* make(const QString& name, const QString& icon, Command command);

    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_selectAll;
};

} // namespace myfyrio
