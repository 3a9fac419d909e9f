#include "savestatelabel.h"

#include <QEvent>

namespace myfyrio {

SaveStateLabel::SaveStateLabel(Autosaver* autosaver, QWidget* parent) : QLabel(parent), m_autosaver(autosaver)
{
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 0, 6, 0);
    connect(autosaver, &Autosaver::stateChanged, this, &SaveStateLabel::refresh);
    refresh();
}

void SaveStateLabel::refresh()
{
    const bool failed = m_autosaver->state() == Autosaver::State::Failed;
    setText(m_autosaver->message());
    setToolTip(failed ? m_autosaver->failure() : QString());
    // A failure must be noticed: the theme's error colour, not only words.
    setStyleSheet(failed ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
    setAccessibleName(text());
}

void SaveStateLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace myfyrio
