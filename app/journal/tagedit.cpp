#include "app/journal/tagedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace myfyrio {

namespace {

const QString separator = QStringLiteral(", ");

} // namespace

TagEdit::TagEdit(QWidget* parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_known(new QStringListModel(this))
{
    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TagEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagEdit::updateCompletion);
}

void TagEdit::setKnownTags(const QStringList& tags)
{
    m_known->setStringList(tags);
}

QStringList TagEdit::tags() const
{
    QStringList result;
    const QStringList parts = text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            result.append(tag);
    }
    return result;
}

void TagEdit::setTags(const QStringList& tags)
{
    setText(tags.join(separator));
}

void TagEdit::keyPressEvent(QKeyEvent* event)
{
    // While the popup is open, Return picks the highlighted tag.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void TagEdit::updateCompletion()
{
    const QString beforeCursor = text().left(cursorPosition());
    const QString current = beforeCursor.mid(beforeCursor.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
    if (current.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(current);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagEdit::insertCompletion(const QString& tag)
{
    const QString full = text();
    const int cursor = cursorPosition();
    const int start = full.left(cursor).lastIndexOf(QLatin1Char(',')) + 1;
    int end = full.indexOf(QLatin1Char(','), cursor);
    if (end < 0)
        end = full.size();
    const QString before = full.left(start);
    const QString after = full.mid(end);
    const QString prefix = before.isEmpty() ? QString() : before.trimmed() + QLatin1Char(' ');
    const QString replaced = prefix + tag + separator;
    setText(replaced + after.mid(after.startsWith(QLatin1Char(',')) ? 1 : 0).trimmed());
    setCursorPosition(replaced.size());
    emit textEdited(text());
}

} // namespace myfyrio
