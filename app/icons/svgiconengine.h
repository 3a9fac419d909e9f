#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace myfyrio {

/// Draws one of Myfyrio's SVG icons at any size. A line icon is drawn in
/// the palette's text colour for its mode (the highlighted-text colour when
/// selected, the disabled colour when disabled), so the same icon reads on a
/// light and on a dark palette; the application icon keeps its own colours.
class SvgIconEngine : public QIconEngine
{
public:
    /// `tinted`: the SVG's ink (#1b1b1b) becomes the palette's colour.
    SvgIconEngine(QByteArray svg, bool tinted);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

    /// The ink every line icon is drawn with before it is tinted.
    static QByteArray ink() { return QByteArrayLiteral("#1b1b1b"); }

private:
    QByteArray svgFor(QIcon::Mode mode) const;

    QByteArray m_svg;
    bool m_tinted;
};

} // namespace myfyrio
