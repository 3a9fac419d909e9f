#pragma once

#include "core/failure/failurespectrum.h"

#include <QBrush>
#include <QColor>

namespace myfyrio {

/// The one definition of the colours and patterns that mark the three types of
/// failure, wherever they are drawn: the spectrum and the list badges on
/// screen, the Insight charts, and the PDF reports. Colours are from the
/// Okabe–Ito palette, which stays distinct for the common kinds of colour
/// blindness and differs in lightness, so a grey-scale print still tells them
/// apart; a pattern and the written type go with each, so colour is never the
/// only cue. Each colour is mid-toned, so it stands out on a light page and on
/// a dark window alike; the tints are light in every theme and always carry
/// ink(), never the palette's text colour.
class FailurePalette
{
public:
    static QColor colour(FailureType type);
    /// A lighter tint for large areas; ink() stays readable on it.
    static QColor tint(FailureType type);
    /// The text colour on a tint, in light and dark themes alike.
    static QColor ink();
    /// The pattern drawn over the colour: none (basic), diagonal lines (complex), dots (intelligent).
    static Qt::BrushStyle pattern(FailureType type);
    /// A filled brush: the colour with the type's pattern over it in a lighter
    /// shade, for bars and legend markers (a texture, so it paints the same on
    /// screen, in a chart and in a PDF).
    static QBrush fill(FailureType type);
    static QColor colour(FailureReason reason) { return colour(FailureSpectrum::suggestedType(reason)); }
};

} // namespace myfyrio
