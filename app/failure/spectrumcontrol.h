#pragma once

#include "core/failure/failurespectrum.h"

#include <QWidget>

#include <optional>

namespace myfyrio {

/// Edmondson's nine reasons for failure as one row of segments, from
/// blameworthy (left) to praiseworthy (right), coloured and patterned by the
/// type each suggests, with the type also written under its segments.
///
/// The definition of the hovered or focused reason is always shown under the
/// row (and as a tooltip). Keyboard: Left/Right move, Home/End jump to the ends,
/// Space or Enter chooses, Delete or Backspace clears. Screen readers see a list
/// of nine radio buttons, each with its definition (see SpectrumAccessible).
class SpectrumControl : public QWidget
{
    Q_OBJECT

public:
    explicit SpectrumControl(QWidget* parent = nullptr);

    /// The chosen reason, if any.
    std::optional<FailureReason> reason() const { return m_reason; }
    /// Shows a reason as chosen (no signal: loading is not a change).
    void setReason(std::optional<FailureReason> reason);

    /// The reason under the keyboard cursor.
    FailureReason cursorReason() const { return FailureSpectrum::reasons().at(m_cursor); }
    /// The reason whose definition is shown: the hovered one, else the cursor's
    /// while focused, else the chosen one.
    FailureReason shownReason() const;
    /// The text shown under the row: the reason, its type and its definition.
    QString detailText() const;
    /// What a screen reader says about one reason.
    QString accessibleText(int index) const;
    QString accessibleDescription(int index) const;

    /// As a click on the segment: moves the cursor there and chooses it.
    void activate(int index);

    QRect segmentRect(int index) const;
    /// The font the reason labels are drawn in, the same in Welsh and English.
    QFont reasonLabelFont() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user chose a reason or cleared the choice.
    void reasonChanged();
    /// The keyboard cursor moved.
    void cursorMoved();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    int segmentAt(const QPoint& point) const;
    void moveCursor(int index);
    void choose(std::optional<FailureReason> reason);
    void retranslate();
    void paintSegment(QPainter& painter, int index) const;
    void paintTypeBrackets(QPainter& painter) const;
    /// The one font of the reason labels: see paintSegment.
    QFont labelFont(const QFont& small, qreal width) const;
    int endsHeight() const;
    int segmentHeight() const;
    int bracketHeight() const;
    int detailTop() const;
    int detailHeight() const;
    QRect detailRect() const;

    std::optional<FailureReason> m_reason;
    int m_cursor = 0;
    int m_hover = -1;
};

} // namespace myfyrio
