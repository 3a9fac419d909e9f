#pragma once

#include <QColor>

class QPalette;

namespace myfyrio {

/// The one definition of the colours that carry a meaning other than a failure
/// type: errors, warnings, success, and a marked day or row. The screen, the
/// charts and the PDFs all take them from here. Each role has a shade for light
/// surfaces (also the one printed in PDFs, which are white pages) and one for
/// dark surfaces; the palette given chooses. Text in a role always goes with
/// other cues (a word, an icon), so colour is never the only one.
class StatusPalette
{
public:
    enum class Role { Error, Warning, Success, Marked };

    /// True when the palette's window is dark (a dark desktop theme or Myfyrio's Dark appearance).
    static bool isDark(const QPalette& palette);
    /// Text in this role, readable on the palette's window and base.
    static QColor text(Role role, const QPalette& palette);
    /// Text in this role on a white page (PDF reports).
    static QColor printText(Role role);
    /// A soft fill behind the palette's own text (or text(role)): banners, marked rows and days.
    static QColor background(Role role, const QPalette& palette);
    /// The same fill on a white page.
    static QColor printBackground(Role role);

private:
    static QColor text(Role role, bool dark);
    static QColor background(Role role, bool dark);
};

} // namespace myfyrio
