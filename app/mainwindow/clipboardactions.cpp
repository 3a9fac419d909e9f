#include "app/mainwindow/clipboardactions.h"

#include "app/icons/icons.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace myfyrio {

namespace {

/// The focused text: a line edit (also inside a combo or spin box), a text edit or a plain-text edit.
QWidget* focusedText()
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return nullptr;
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focus))
        return spin->findChild<QLineEdit*>();
    if (qobject_cast<QLineEdit*>(focus) || qobject_cast<QTextEdit*>(focus) || qobject_cast<QPlainTextEdit*>(focus))
        return focus;
    return nullptr;
}

struct TextState {
    bool readOnly = true;
    bool selection = false;
    bool any = false;
};

TextState stateOf(QWidget* widget)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return {line->isReadOnly(), line->hasSelectedText() && line->echoMode() == QLineEdit::Normal,
                !line->text().isEmpty()};
    if (auto* text = qobject_cast<QTextEdit*>(widget))
        return {text->isReadOnly(), text->textCursor().hasSelection(), !text->document()->isEmpty()};
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        return {plain->isReadOnly(), plain->textCursor().hasSelection(), !plain->document()->isEmpty()};
    return {};
}

} // namespace

ClipboardActions::ClipboardActions(QObject* parent)
    : QObject(parent),
      m_cut(make(QStringLiteral("cut"), QStringLiteral("edit-cut"), Command::Cut)),
      m_copy(make(QStringLiteral("copy"), QStringLiteral("edit-copy"), Command::Copy)),
      m_paste(make(QStringLiteral("paste"), QStringLiteral("edit-paste"), Command::Paste)),
      m_selectAll(make(QStringLiteral("selectAll"), QStringLiteral("edit-select-all"), Command::SelectAll))
{
    // The text fields handle these keys themselves when they have the focus;
    // the shortcuts show in the menu and act from anywhere else.
    m_cut->setShortcut(QKeySequence::Cut);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste->setShortcut(QKeySequence::Paste);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    connect(qApp, &QApplication::focusChanged, this, &ClipboardActions::refresh);
    refresh();
}

QAction* ClipboardActions::make(const QString& name, const QString& icon, Command command)
{
    auto* action = new QAction(Icons::action(icon), QString(), this);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, [this, command] { run(command); });
    return action;
}

void ClipboardActions::retranslate()
{
    m_cut->setText(tr("Cu&t"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_selectAll->setText(tr("Select &All"));
}

void ClipboardActions::refresh()
{
    QWidget* target = focusedText();
    const TextState state = target ? stateOf(target) : TextState{};
    const bool canPaste = !QApplication::clipboard()->text().isEmpty();
    m_cut->setEnabled(target && !state.readOnly && state.selection);
    m_copy->setEnabled(target && state.selection);
    m_paste->setEnabled(target && !state.readOnly && canPaste);
    m_selectAll->setEnabled(target && state.any);
}

void ClipboardActions::run(Command command)
{
    QWidget* target = focusedText();
    const auto act = [command](auto* edit) {
        switch (command) {
        case Command::Cut:
            edit->cut();
            break;
        case Command::Copy:
            edit->copy();
            break;
        case Command::Paste:
            edit->paste();
            break;
        case Command::SelectAll:
            edit->selectAll();
            break;
        }
    };
    if (auto* line = qobject_cast<QLineEdit*>(target))
        act(line);
    else if (auto* text = qobject_cast<QTextEdit*>(target))
        act(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(target))
        act(plain);
    refresh();
}

} // namespace myfyrio
