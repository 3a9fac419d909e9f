#include "core/palette/failurepalette.h"

#include <QImage>
#include <QPainter>

namespace myfyrio {

QColor FailurePalette::colour(FailureType type)
{
    switch (type) {
    case FailureType::Basic:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case FailureType::Complex:
        return QColor(0x00, 0x72, 0xB2); // blue
    case FailureType::Intelligent:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    }
    return {};
}

QColor FailurePalette::tint(FailureType type)
{
    switch (type) {
    case FailureType::Basic:
        return QColor(0xFB, 0xE3, 0xB0);
    case FailureType::Complex:
        return QColor(0xC4, 0xDE, 0xF0);
    case FailureType::Intelligent:
        return QColor(0xBF, 0xE8, 0xDB);
    }
    return {};
}

QColor FailurePalette::ink()
{
    return QColor(0x1A, 0x1A, 0x1A);
}

Qt::BrushStyle FailurePalette::pattern(FailureType type)
{
    switch (type) {
    case FailureType::Basic:
        return Qt::NoBrush;
    case FailureType::Complex:
        return Qt::BDiagPattern;
    case FailureType::Intelligent:
        return Qt::Dense6Pattern;
    }
    return Qt::NoBrush;
}

QBrush FailurePalette::fill(FailureType type)
{
    if (pattern(type) == Qt::NoBrush)
        return QBrush(colour(type));
    QImage texture(8, 8, QImage::Format_RGB32);
    texture.fill(colour(type));
    QPainter painter(&texture);
    painter.fillRect(texture.rect(), QBrush(colour(type).lighter(160), pattern(type)));
    painter.end();
    return QBrush(texture);
}

} // namespace myfyrio
