#include "app/mainwindow/textundoactions.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace myfyrio {

namespace {

QTextDocument* documentOf(QWidget* w)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        return plain->document();
    if (auto* rich = qobject_cast<QTextEdit*>(w))
        return rich->document();
    return nullptr;
}

bool isReadOnly(QWidget* w)
{
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->isReadOnly();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        return plain->isReadOnly();
    if (auto* rich = qobject_cast<QTextEdit*>(w))
        return rich->isReadOnly();
    return true;
}

} // namespace

TextUndoActions::TextUndoActions(QObject* parent)
    : QObject(parent), m_undo(new QAction(this)), m_redo(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    connect(m_undo, &QAction::triggered, this, [this] {
        QWidget* w = target();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->undo();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            plain->undo();
        else if (auto* rich = qobject_cast<QTextEdit*>(w))
            rich->undo();
        refresh();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        QWidget* w = target();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->redo();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            plain->redo();
        else if (auto* rich = qobject_cast<QTextEdit*>(w))
            rich->redo();
        refresh();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
    retranslate();
    follow(QApplication::focusWidget());
}

QWidget* TextUndoActions::target()
{
    // Only the focused field, and only while it is shown: a field of a hidden
    // view keeps the focus chain's memory but is never acted on.
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !focus->isVisible() || !focus->isEnabled() || isReadOnly(focus))
        return nullptr;
    if (qobject_cast<QLineEdit*>(focus) || documentOf(focus))
        return focus;
    return nullptr;
}

void TextUndoActions::follow(QWidget* focus)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_followed = focus;
    if (auto* line = qobject_cast<QLineEdit*>(focus))
        m_connections << connect(line, &QLineEdit::textChanged, this, &TextUndoActions::refresh);
    else if (QTextDocument* document = documentOf(focus)) {
        m_connections << connect(document, &QTextDocument::undoAvailable, this, &TextUndoActions::refresh);
        m_connections << connect(document, &QTextDocument::redoAvailable, this, &TextUndoActions::refresh);
    }
    refresh();
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
        canUndo = line->isUndoAvailable();
        canRedo = line->isRedoAvailable();
    } else if (QTextDocument* document = documentOf(w)) {
        canUndo = document->isUndoAvailable();
        canRedo = document->isRedoAvailable();
    }
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
}

} // namespace myfyrio
