#include "core/palette/statuspalette.h"

#include <QPalette>

namespace myfyrio {

bool StatusPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusPalette::text(Role role, const QPalette& palette)
{
    return text(role, isDark(palette));
}

QColor StatusPalette::printText(Role role)
{
    return text(role, false);
}

QColor StatusPalette::background(Role role, const QPalette& palette)
{
    return background(role, isDark(palette));
}

QColor StatusPalette::printBackground(Role role)
{
    return background(role, false);
}

QColor StatusPalette::text(Role role, bool dark)
{
    // Light shades reach at least 4.5:1 on white; dark ones on #2a2a2a.
    switch (role) {
    case Role::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB3, 0x26, 0x1E);
    case Role::Warning:
        return dark ? QColor(0xFF, 0xC1, 0x5E) : QColor(0x8C, 0x4A, 0x00);
    case Role::Success:
        return dark ? QColor(0x8B, 0xD6, 0x9B) : QColor(0x0F, 0x52, 0x23);
    case Role::Marked:
        return dark ? QColor(0x9E, 0xC9, 0xF0) : QColor(0x0B, 0x4A, 0x7D);
    }
    return {};
}

QColor StatusPalette::background(Role role, bool dark)
{
    switch (role) {
    case Role::Error:
        return dark ? QColor(0x5C, 0x21, 0x1C) : QColor(0xFB, 0xD4, 0xD0);
    case Role::Warning:
        return dark ? QColor(0x4D, 0x3B, 0x0A) : QColor(0xFF, 0xF4, 0xCE);
    case Role::Success:
        return dark ? QColor(0x1E, 0x4A, 0x2A) : QColor(0xCD, 0xEC, 0xCF);
    case Role::Marked:
        return dark ? QColor(0x1F, 0x3A, 0x57) : QColor(0xD8, 0xE8, 0xF5);
    }
    return {};
}

} // namespace myfyrio
