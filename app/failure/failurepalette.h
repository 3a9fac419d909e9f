#pragma once

#include "core/failure/failurespectrum.h"

#include <QBrush>
#include <QColor>

namespace myfyrio {

/// The colours and patterns that mark the three types of failure wherever they
/// are drawn (spectrum, list marker, charts). Colours are from the Okabe–Ito
/// palette, which stays distinct for the common kinds of colour blindness; a
/// pattern and the written type go with each, so colour is never the only cue.
class FailurePalette
{
public:
    static QColor colour(FailureType type);
    /// A lighter tint for large areas, dark text stays readable on it.
    static QColor tint(FailureType type);
    /// The pattern drawn over the tint: none (basic), diagonal lines (complex), dots (intelligent).
    static Qt::BrushStyle pattern(FailureType type);
    static QColor colour(FailureReason reason) { return colour(FailureSpectrum::suggestedType(reason)); }
};

} // namespace myfyrio
