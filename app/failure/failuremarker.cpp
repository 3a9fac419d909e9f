#include "app/failure/failuremarker.h"

#include "core/palette/failurepalette.h"

#include <QPainter>
#include <QPainterPath>

namespace myfyrio {

namespace {

constexpr int dot = 8;
constexpr int innerPadding = 6;

} // namespace

int FailureMarker::width(const QString& reasonCode, const QFont& font)
{
    const auto reason = FailureSpectrum::reasonFromCode(reasonCode);
    if (!reason)
        return 0;
    return QFontMetrics(font).horizontalAdvance(FailureSpectrum::label(*reason)) + dot + 3 * innerPadding + 4;
}

int FailureMarker::paint(QPainter* painter, const QRect& line, const QString& reasonCode)
{
    const auto reason = FailureSpectrum::reasonFromCode(reasonCode);
    if (!reason)
        return 0;
    const FailureType type = FailureSpectrum::suggestedType(*reason);
    const int badgeWidth = qMin(width(reasonCode, painter->font()), line.width());
    const QRectF badge(line.right() - badgeWidth + 1, line.top(), badgeWidth, line.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), badge.height() / 2, badge.height() / 2);
    painter->fillPath(shape, FailurePalette::tint(type));
    painter->setPen(QPen(FailurePalette::colour(type), 1.0));
    painter->drawPath(shape);
    const QRectF mark(badge.left() + innerPadding, badge.center().y() - dot / 2.0, dot, dot);
    painter->setBrush(FailurePalette::colour(type));
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(mark);
    if (FailurePalette::pattern(type) != Qt::NoBrush) {
        painter->setBrush(QBrush(Qt::white, FailurePalette::pattern(type)));
        painter->drawEllipse(mark);
    }
    painter->setPen(FailurePalette::ink());
    const QRectF text = badge.adjusted(innerPadding * 2 + dot, 0, -innerPadding, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(FailureSpectrum::label(*reason), Qt::ElideRight,
                                                        static_cast<int>(text.width())));
    painter->restore();
    return badgeWidth + 6;
}

} // namespace myfyrio
