#include "core/report/imageobject.h"

#include <QImage>
#include <QPainter>
#include <QTextDocument>

namespace myfyrio {

QSizeF ImageObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const QImage image = format.property(imageProperty).value<QImage>();
    if (image.isNull())
        return {};
    const QSizeF page = doc->pageSize();
    // A photo taken at 72 dpi is shown at most at its own size on the page.
    const double natural =
        image.width()
        * (doc->documentLayout()->paintDevice() ? doc->documentLayout()->paintDevice()->logicalDpiX() / 96.0 : 1.0);
    const QSizeF box(std::min(page.width() * 0.6, natural), page.height() * 0.4);
    return QSizeF(image.size()).scaled(box, Qt::KeepAspectRatio);
}

void ImageObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const QImage image = format.property(imageProperty).value<QImage>();
    if (image.isNull())
        return;
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(rect, image);
    painter->restore();
}

} // namespace myfyrio
