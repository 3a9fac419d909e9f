#pragma once

#include <QPalette>
#include <QString>

namespace myfyrio {

/// Light, Dark or the desktop's own palette (System), applied to the whole
/// application at once and remembered. Every colour with a meaning comes from
/// core/palette and is chosen for the palette in force, so nothing written in
/// a fixed colour disappears on a dark window.
class Appearance
{
public:
    enum class Mode { System, Light, Dark };

    /// The saved choice (System when none).
    static Mode saved();
    static void save(Mode mode);
    /// Applies the mode to the running application; the first call remembers
    /// the desktop's palette, so System can go back to it.
    static void apply(Mode mode);
    static Mode current();

    static QPalette lightPalette();
    static QPalette darkPalette();

    static QString code(Mode mode);
    static Mode fromCode(const QString& code);
};

} // namespace myfyrio
