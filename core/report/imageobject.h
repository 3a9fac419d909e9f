#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace myfyrio {

/// Draws an image (an attached photo) inside a QTextDocument, scaled to fit
/// at most 60 % of the page's width and 40 % of its height, never enlarged.
class ImageObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int type = QTextFormat::UserObject + 2;
    static constexpr int imageProperty = QTextFormat::UserProperty + 2;

    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;
};

} // namespace myfyrio
