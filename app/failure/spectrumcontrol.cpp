#include "app/failure/spectrumcontrol.h"

#include "app/failure/spectrumaccessible.h"
#include "core/palette/failurepalette.h"
#include "core/palette/statuspalette.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace myfyrio {

namespace {

constexpr int gap = 4;
constexpr int stripHeight = 9;
constexpr int minimumSegmentWidth = 68;
constexpr int detailLines = 3;

int reasonCount()
{
    return static_cast<int>(FailureSpectrum::reasons().size());
}

QFont smaller(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

SpectrumControl::SpectrumControl(QWidget* parent) : QWidget(parent)
{
    SpectrumAccessible::installFactory();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    retranslate();
}

void SpectrumControl::setReason(std::optional<FailureReason> reason)
{
    m_reason = reason;
    if (reason)
        m_cursor = FailureSpectrum::position(*reason) - 1;
    update();
}

FailureReason SpectrumControl::shownReason() const
{
    if (m_hover >= 0)
        return FailureSpectrum::reasons().at(m_hover);
    // Without the keyboard here, the chosen reason explains itself.
    if (!hasFocus() && m_reason)
        return *m_reason;
    return FailureSpectrum::reasons().at(m_cursor);
}

QString SpectrumControl::detailText() const
{
    const FailureReason reason = shownReason();
    return FailureSpectrum::label(reason)
           + QLatin1Char('\n')
           //: %1 is a label from elsewhere in the interface, already translated.
           + tr("Suggested type: %1").arg(FailureSpectrum::label(FailureSpectrum::suggestedType(reason)))
           + QLatin1Char('\n') + FailureSpectrum::definition(reason);
}

QString SpectrumControl::accessibleText(int index) const
{
    const FailureReason reason = FailureSpectrum::reasons().at(index);
    //: A screen reader's name for one reason on the spectrum: "Inattention, 2 of 9".
    return tr("%1, %2 of %3").arg(FailureSpectrum::label(reason)).arg(index + 1).arg(reasonCount());
}

QString SpectrumControl::accessibleDescription(int index) const
{
    const FailureReason reason = FailureSpectrum::reasons().at(index);
    //: %1 is a failure type, such as “Complex”.
    return tr("Suggested type: %1").arg(FailureSpectrum::label(FailureSpectrum::suggestedType(reason)))
           + QStringLiteral(". ") + FailureSpectrum::definition(reason);
}

void SpectrumControl::retranslate()
{
    setAccessibleName(tr("Reasons for failure, from blameworthy to praiseworthy"));
    setAccessibleDescription(tr("Use the arrow keys to move, Space or Enter to choose, Delete to clear."));
    updateGeometry();
    update();
}

int SpectrumControl::endsHeight() const
{
    return QFontMetrics(smaller(font())).height() + gap;
}

int SpectrumControl::segmentHeight() const
{
    const QFontMetrics fm(smaller(font()));
    return fm.height() * 3 + stripHeight + 3 * gap;
}

int SpectrumControl::bracketHeight() const
{
    return QFontMetrics(smaller(font())).height() + 2 * gap;
}

int SpectrumControl::detailTop() const
{
    return endsHeight() + segmentHeight() + bracketHeight() + gap;
}

int SpectrumControl::detailHeight() const
{
    return fontMetrics().height() * (detailLines + 1) + gap;
}

QRect SpectrumControl::detailRect() const
{
    return QRect(2, detailTop(), width() - 4, detailHeight());
}

QSize SpectrumControl::sizeHint() const
{
    return {reasonCount() * 84, detailTop() + detailHeight() + 2};
}

QSize SpectrumControl::minimumSizeHint() const
{
    return {reasonCount() * minimumSegmentWidth, detailTop() + detailHeight() + 2};
}

QRect SpectrumControl::segmentRect(int index) const
{
    const int usable = width() - 4 - gap * (reasonCount() - 1);
    const int left = 2 + index * usable / reasonCount() + index * gap;
    const int right = 2 + (index + 1) * usable / reasonCount() + index * gap;
    return QRect(left, endsHeight(), right - left, segmentHeight());
}

int SpectrumControl::segmentAt(const QPoint& point) const
{
    for (int i = 0; i < reasonCount(); ++i)
        if (segmentRect(i).contains(point))
            return i;
    return -1;
}

void SpectrumControl::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = smaller(font());
    const QColor muted = palette().color(QPalette::PlaceholderText);

    painter.setFont(small);
    painter.setPen(muted);
    const QRect ends(2, 0, width() - 4, endsHeight() - gap);
    painter.drawText(ends, Qt::AlignLeft | Qt::AlignVCenter, tr("← Blameworthy"));
    painter.drawText(ends, Qt::AlignRight | Qt::AlignVCenter, tr("Praiseworthy →"));

    for (int i = 0; i < reasonCount(); ++i)
        paintSegment(painter, i);
    paintTypeBrackets(painter);

    // The definition of the hovered or focused reason, always in sight.
    const QRect detail = detailRect();
    const FailureReason shown = shownReason();
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics boldMetrics(bold);
    const QString title = FailureSpectrum::label(shown);
    painter.drawText(QRect(detail.left(), detail.top(), detail.width(), boldMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(small);
    painter.setPen(muted);
    const int titleWidth = boldMetrics.horizontalAdvance(title) + 12;
    painter.drawText(QRect(detail.left() + titleWidth, detail.top(), detail.width() - titleWidth, boldMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     //: %1 is a failure type, such as “Complex”.
                     tr("Suggested type: %1").arg(FailureSpectrum::label(FailureSpectrum::suggestedType(shown))));
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(detail.adjusted(0, boldMetrics.height() + 2, 0, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, FailureSpectrum::definition(shown));
}

void SpectrumControl::paintSegment(QPainter& painter, int index) const
{
    const FailureReason reason = FailureSpectrum::reasons().at(index);
    const FailureType type = FailureSpectrum::suggestedType(reason);
    const bool chosen = m_reason == reason;
    const QRectF rect = QRectF(segmentRect(index)).adjusted(1.5, 1.5, -1.5, -1.5);

    QPainterPath shape;
    shape.addRoundedRect(rect, 5, 5);
    painter.fillPath(shape, FailurePalette::tint(type));
    painter.save();
    painter.setClipPath(shape);
    const QRectF strip(rect.left(), rect.bottom() - stripHeight, rect.width(), stripHeight);
    painter.fillRect(strip, FailurePalette::pattern(type) == Qt::NoBrush ? FailurePalette::colour(type)
                                                                         : FailurePalette::tint(type));
    if (FailurePalette::pattern(type) != Qt::NoBrush)
        painter.fillRect(strip, QBrush(FailurePalette::colour(type).darker(120), FailurePalette::pattern(type)));
    painter.restore();

    const QColor ink = FailurePalette::ink(); // the tints are light in every theme
    painter.setPen(QPen(chosen ? ink : FailurePalette::colour(type), chosen ? 3.0 : 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    if (hasFocus() && index == m_cursor) {
        QPen focusPen(palette().color(QPalette::Highlight), 2.0, Qt::DashLine);
        painter.setPen(focusPen);
        painter.drawRoundedRect(rect.adjusted(3.5, 3.5, -3.5, -3.5), 3, 3);
    }

    QFont small = smaller(font());
    const QFontMetrics fm(small);
    const QRectF text = rect.adjusted(gap + 1, gap, -gap - 1, -stripHeight - gap);
    painter.setPen(ink);
    painter.setFont(small);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, QLocale().toString(index + 1));
    if (chosen)
        painter.drawText(text, Qt::AlignRight | Qt::AlignTop, QStringLiteral("✓"));
    // Long words ("Cymhlethdod") must not be cut, and the Welsh labels must
    // never be smaller than the English ones: one size for every label, the
    // largest at which each word of every label, in both languages, fits.
    const QString label = FailureSpectrum::label(reason);
    painter.setFont(labelFont(small, text.width()));
    painter.drawText(text.adjusted(0, fm.height(), 0, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
}

QFont SpectrumControl::reasonLabelFont() const
{
    const QRectF rect = QRectF(segmentRect(0)).adjusted(1.5, 1.5, -1.5, -1.5);
    return labelFont(smaller(font()), rect.width() - 2 * (gap + 1));
}

QFont SpectrumControl::labelFont(const QFont& small, qreal width) const
{
    QFont font = small;
    for (int step = 0; step < 8; ++step) {
        const QFontMetricsF metrics(font);
        bool fits = true;
        for (FailureReason r : FailureSpectrum::reasons()) {
            for (const QString& language : {QStringLiteral("cy"), QStringLiteral("en")}) {
                for (const QString& word : FailureSpectrum::label(r, language).split(QLatin1Char(' ')))
                    fits = fits && metrics.horizontalAdvance(word) <= width;
            }
        }
        if (fits)
            break;
        font.setPointSizeF(font.pointSizeF() * 0.94);
    }
    return font;
}

void SpectrumControl::paintTypeBrackets(QPainter& painter) const
{
    // Under the row, each type is written across the reasons that suggest it.
    const QFont small = smaller(font());
    painter.setFont(small);
    const int top = endsHeight() + segmentHeight() + gap;
    int first = 0;
    while (first < reasonCount()) {
        const FailureType type = FailureSpectrum::suggestedType(FailureSpectrum::reasons().at(first));
        int last = first;
        while (last + 1 < reasonCount()
               && FailureSpectrum::suggestedType(FailureSpectrum::reasons().at(last + 1)) == type)
            ++last;
        const QRect span(segmentRect(first).left() + 2, top, segmentRect(last).right() - segmentRect(first).left() - 4,
                         bracketHeight() - gap);
        // Darker on a light window, as it is on a dark one: the line must stand out from the window.
        const QColor line = StatusPalette::isDark(palette()) ? FailurePalette::colour(type).lighter(115)
                                                             : FailurePalette::colour(type).darker(130);
        painter.setPen(QPen(line, 1.5));
        painter.drawLine(span.topLeft(), span.topRight());
        painter.drawLine(span.topLeft(), span.topLeft() + QPoint(0, 4));
        painter.drawLine(span.topRight(), span.topRight() + QPoint(0, 4));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(span.adjusted(0, 3, 0, 0), Qt::AlignHCenter | Qt::AlignVCenter, FailureSpectrum::label(type));
        first = last + 1;
    }
}

void SpectrumControl::moveCursor(int index)
{
    index = qBound(0, index, reasonCount() - 1);
    if (index == m_cursor)
        return;
    m_cursor = index;
    m_hover = -1;
    update();
    emit cursorMoved();
    if (hasFocus() && QAccessible::isActive()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(m_cursor);
        QAccessible::updateAccessibility(&focus);
    }
}

void SpectrumControl::choose(std::optional<FailureReason> reason)
{
    if (m_reason == reason)
        return;
    m_reason = reason;
    update();
    emit reasonChanged();
    if (QAccessible::isActive()) {
        QAccessible::State state;
        state.checked = true;
        QAccessibleStateChangeEvent changed(this, state);
        changed.setChild(m_cursor);
        QAccessible::updateAccessibility(&changed);
    }
}

void SpectrumControl::activate(int index)
{
    moveCursor(index);
    choose(cursorReason());
}

void SpectrumControl::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveCursor(m_cursor - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveCursor(m_cursor + 1);
        break;
    case Qt::Key_Home:
        moveCursor(0);
        break;
    case Qt::Key_End:
        moveCursor(reasonCount() - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(cursorReason());
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        choose(std::nullopt);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SpectrumControl::mousePressEvent(QMouseEvent* event)
{
    const int index = segmentAt(event->position().toPoint());
    if (index < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    activate(index);
}

void SpectrumControl::mouseMoveEvent(QMouseEvent* event)
{
    const int index = segmentAt(event->position().toPoint());
    if (index != m_hover && index >= 0) {
        m_hover = index;
        update(detailRect());
    }
    QWidget::mouseMoveEvent(event);
}

void SpectrumControl::leaveEvent(QEvent* event)
{
    m_hover = -1;
    update(detailRect());
    QWidget::leaveEvent(event);
}

void SpectrumControl::focusInEvent(QFocusEvent* event)
{
    if (m_reason)
        m_cursor = FailureSpectrum::position(*m_reason) - 1;
    update();
    QWidget::focusInEvent(event);
}

void SpectrumControl::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void SpectrumControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

bool SpectrumControl::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = segmentAt(help->pos());
        if (index >= 0) {
            const FailureReason reason = FailureSpectrum::reasons().at(index);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b><br>%2")
                                   .arg(FailureSpectrum::label(reason).toHtmlEscaped(),
                                        FailureSpectrum::definition(reason).toHtmlEscaped()),
                               this, segmentRect(index));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace myfyrio
