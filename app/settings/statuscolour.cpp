#include "app/settings/statuscolour.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace myfyrio {

namespace {

void paint(QWidget* widget, StatusPalette::Role role, bool filled)
{
    const QPalette base = QApplication::palette(widget);
    QPalette colours = widget->palette();
    colours.setColor(QPalette::WindowText, StatusPalette::text(role, base));
    colours.setColor(QPalette::Text, StatusPalette::text(role, base));
    if (filled) {
        colours.setColor(QPalette::Window, StatusPalette::background(role, base));
        colours.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    }
    if (colours != widget->palette())
        widget->setPalette(colours);
    widget->setAutoFillBackground(filled);
}

/// Re-applies the colours after the application's palette changed.
class Follower : public QObject
{
public:
    Follower(QWidget* widget, StatusPalette::Role role, bool filled)
        : QObject(widget), m_widget(widget), m_role(role), m_filled(filled)
    {
        // The application announces a new palette to itself; the widgets only
        // re-resolve theirs, so follow the application.
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            paint(m_widget, m_role, m_filled);
        return false;
    }

private:
    QWidget* m_widget;
    StatusPalette::Role m_role;
    bool m_filled;
};

} // namespace

void StatusColour::apply(QWidget* widget, StatusPalette::Role role, bool filled)
{
    paint(widget, role, filled);
    new Follower(widget, role, filled);
}

} // namespace myfyrio
