#include "app/settings/appearance.h"

#include "core/util/appsettings.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace myfyrio {

namespace {

const QString modeKey = QStringLiteral("appearance/mode");

Appearance::Mode& currentMode()
{
    static Appearance::Mode mode = Appearance::Mode::System;
    return mode;
}

std::optional<QPalette>& desktopPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

} // namespace

QString Appearance::code(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::fromCode(const QString& code)
{
    if (code == QLatin1String("light"))
        return Mode::Light;
    if (code == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

Appearance::Mode Appearance::saved()
{
    return fromCode(appSettings()->value(modeKey).toString());
}

void Appearance::save(Mode mode)
{
    appSettings()->setValue(modeKey, code(mode));
}

Appearance::Mode Appearance::current()
{
    return currentMode();
}

QPalette Appearance::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QApplication::style()->standardPalette();
    delete fusion;
    return palette;
}

QPalette Appearance::darkPalette()
{
    // Contrast of text on window and base above 10:1; placeholder text above 4.5:1.
    // Fields (base) are a little lighter than the window: the styles draw the
    // frames of check boxes and fields a shade darker than the window, and
    // those frames must stand out from what they hold.
    QPalette p;
    const QColor window(0x26, 0x26, 0x2A);
    const QColor base(0x34, 0x34, 0x3A);
    const QColor text(0xEC, 0xEC, 0xEC);
    const QColor muted(0xA8, 0xA8, 0xB0);
    const QColor highlight(0x3D, 0x7E, 0xC9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x3A, 0x3A, 0x41));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3C, 0x3C, 0x43));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x3E, 0x44));
    p.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x28));
    p.setColor(QPalette::Dark, QColor(0x16, 0x16, 0x19));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0C));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Link, QColor(0x8A, 0xB8, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xC0, 0x9A, 0xF0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x88));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x58));
    return p;
}

void Appearance::apply(Mode mode)
{
    if (!desktopPalette())
        desktopPalette() = QApplication::palette();
    currentMode() = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(*desktopPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace myfyrio
