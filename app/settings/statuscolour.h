#pragma once

#include "core/palette/statuspalette.h"

class QWidget;

namespace myfyrio {

/// Gives a widget's text the colour of a status role (core/palette) and keeps
/// it right when the palette changes (Light, Dark, or the desktop's theme), so
/// a warning never turns into dark red on a dark window.
namespace StatusColour {

/// The widget's WindowText and Text take text(role); with `filled`, its
/// Window takes background(role) too (a banner).
void apply(QWidget* widget, StatusPalette::Role role, bool filled = false);

} // namespace StatusColour

} // namespace myfyrio
