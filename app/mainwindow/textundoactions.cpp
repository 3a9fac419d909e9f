#include "app/mainwindow/textundoactions.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace myfyrio {

TextUndoActions::TextUndoActions(QWidget* fallback, QObject* parent)
    : QObject(parent), m_fallback(fallback), m_undo(new QAction(this)), m_redo(new QAction(this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    connect(m_undo, &QAction::triggered, this, [this] {
        QWidget* w = target();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->undo();
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->undo();
        refresh();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        QWidget* w = target();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->redo();
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->redo();
        refresh();
    });
    connect(qApp, &QApplication::focusChanged, this, &TextUndoActions::refresh);
    if (auto* body = qobject_cast<QPlainTextEdit*>(fallback)) {
        connect(body, &QPlainTextEdit::undoAvailable, this, &TextUndoActions::refresh);
        connect(body, &QPlainTextEdit::redoAvailable, this, &TextUndoActions::refresh);
    }
    retranslate();
    refresh();
}

QWidget* TextUndoActions::target() const
{
    QWidget* focus = QApplication::focusWidget();
    if (qobject_cast<QLineEdit*>(focus) || qobject_cast<QPlainTextEdit*>(focus))
        return focus;
    return m_fallback;
}

void TextUndoActions::retranslate()
{
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
}

void TextUndoActions::refresh()
{
    QWidget* w = target();
    bool canUndo = false;
    bool canRedo = false;
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        canUndo = line->isUndoAvailable() && !line->isReadOnly();
        canRedo = line->isRedoAvailable() && !line->isReadOnly();
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
        canUndo = text->document()->isUndoAvailable() && !text->isReadOnly();
        canRedo = text->document()->isRedoAvailable() && !text->isReadOnly();
    }
    m_undo->setEnabled(canUndo && w->isEnabled());
    m_redo->setEnabled(canRedo && w->isEnabled());
}

} // namespace myfyrio
