#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace myfyrio {

/// Draws a BarChart inside a QTextDocument with QPainter: rectangles and real
/// text, so in a PDF the chart stays vector and its labels can be searched.
class BarChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int type = QTextFormat::UserObject + 1;
    static constexpr int dataProperty = QTextFormat::UserProperty + 1;

    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;
};

} // namespace myfyrio
