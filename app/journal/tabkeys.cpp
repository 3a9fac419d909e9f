#include "app/journal/tabkeys.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace myfyrio {

namespace {

/// Types a tab on Ctrl+Tab (before a tab widget takes it to switch pages).
template <typename Edit> class CtrlTabFilter : public QObject
{
public:
    explicit CtrlTabFilter(Edit* edit) : QObject(edit), m_edit(edit) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_edit || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Tab || key->modifiers() != Qt::ControlModifier || m_edit->isReadOnly())
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the key is the field's, not a shortcut's
            return false;
        }
        m_edit->insertPlainText(QStringLiteral("\t"));
        return true;
    }

private:
    Edit* m_edit;
};

} // namespace

QVector<QWidget*> TabKeys::stops(QWidget* widget)
{
    QVector<QWidget*> result;
    if (widget->focusPolicy() & Qt::TabFocus)
        result.append(widget);
    for (QWidget* w = widget->nextInFocusChain(); w != widget; w = w->nextInFocusChain()) {
        if (widget->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !result.contains(w))
            result.append(w);
    }
    return result;
}

QWidget* TabKeys::chain(QWidget* after, const QVector<QWidget*>& stops)
{
    QWidget* previous = after;
    for (QWidget* stop : stops) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
    return previous;
}

void TabKeys::install(QPlainTextEdit* edit)
{
    edit->setTabChangesFocus(true);
    edit->installEventFilter(new CtrlTabFilter<QPlainTextEdit>(edit));
}

void TabKeys::install(QTextEdit* edit)
{
    edit->setTabChangesFocus(true);
    edit->installEventFilter(new CtrlTabFilter<QTextEdit>(edit));
}

} // namespace myfyrio
