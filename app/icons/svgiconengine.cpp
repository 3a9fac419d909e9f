#include "app/icons/svgiconengine.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace myfyrio {

SvgIconEngine::SvgIconEngine(QByteArray svg, bool tinted) : m_svg(std::move(svg)), m_tinted(tinted) {}

QByteArray SvgIconEngine::svgFor(QIcon::Mode mode) const
{
    if (!m_tinted)
        return m_svg;
    const QPalette palette = QApplication::palette();
    QColor colour;
    switch (mode) {
    case QIcon::Selected:
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        break;
    case QIcon::Disabled:
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        break;
    case QIcon::Normal:
    case QIcon::Active:
        colour = palette.color(QPalette::Active, QPalette::WindowText);
        break;
    }
    QByteArray svg = m_svg;
    return svg.replace(ink(), colour.name().toLatin1());
}

void SvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(svgFor(mode));
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    renderer.render(painter, rect);
}

QPixmap SvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, pixmap.rect(), mode, state);
    painter.end();
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine* SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg, m_tinted);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("myfyrio-svg");
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace myfyrio
