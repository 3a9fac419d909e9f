#pragma once

#include <QString>

class QFont;
class QPainter;
class QRect;

namespace myfyrio {

/// The small mark a placed reflection carries in lists: a badge in its type's
/// colour and pattern naming the reason.
class FailureMarker
{
public:
    /// Paints the badge for a reason code at the right end of the line and
    /// returns the width it took (0 when the code is empty or unknown).
    static int paint(QPainter* painter, const QRect& line, const QString& reasonCode);
    /// The badge's width for a font, without painting.
    static int width(const QString& reasonCode, const QFont& font);
};

} // namespace myfyrio
