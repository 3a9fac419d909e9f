#include "app/common/savestatelabel.h"

#include "core/palette/statuspalette.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace myfyrio {

SaveStateLabel::SaveStateLabel(EditSaver* saver, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("saveState"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 0, 6, 0);
    follow(saver);
}

void SaveStateLabel::follow(EditSaver* saver)
{
    disconnect(m_connection);
    m_saver = saver;
    if (saver)
        m_connection = connect(saver, &EditSaver::stateChanged, this, &SaveStateLabel::refresh);
    refresh();
}

void SaveStateLabel::refresh()
{
    const bool failed = m_saver && m_saver->state() == EditSaver::State::Failed;
    setText(m_saver ? m_saver->message() : QString());
    setToolTip(failed ? text() : QString());
    QFont weight = font();
    weight.setWeight(failed ? QFont::DemiBold : QFont::Normal);
    setFont(weight);
    setAccessibleName(text());
}

QSize SaveStateLabel::minimumSizeHint() const
{
    return {qMin(QLabel::sizeHint().width(), 160), QLabel::minimumSizeHint().height()};
}

void SaveStateLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    // A failure must be noticed: the error colour for the palette in force, not only words.
    const bool failed = m_saver && m_saver->state() == EditSaver::State::Failed;
    painter.setPen(failed ? StatusPalette::text(StatusPalette::Role::Error, palette())
                          : palette().color(foregroundRole()));
    painter.setFont(font());
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
}

void SaveStateLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace myfyrio
