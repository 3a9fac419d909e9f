#include "app/failure/spectrumsegmentaccessible.h"

#include "app/failure/spectrumcontrol.h"

#include <QWidget>
#include <QWindow>

namespace myfyrio {

SpectrumSegmentAccessible::SpectrumSegmentAccessible(SpectrumControl* control, int index)
    : m_control(control), m_index(index)
{}

bool SpectrumSegmentAccessible::isValid() const
{
    return !m_control.isNull();
}

QObject* SpectrumSegmentAccessible::object() const
{
    return nullptr;
}

QWindow* SpectrumSegmentAccessible::window() const
{
    return m_control ? m_control->window()->windowHandle() : nullptr;
}

QAccessibleInterface* SpectrumSegmentAccessible::parent() const
{
    return m_control ? QAccessible::queryAccessibleInterface(m_control.data()) : nullptr;
}

QAccessibleInterface* SpectrumSegmentAccessible::child(int) const
{
    return nullptr;
}

int SpectrumSegmentAccessible::childCount() const
{
    return 0;
}

int SpectrumSegmentAccessible::indexOfChild(const QAccessibleInterface*) const
{
    return -1;
}

QAccessibleInterface* SpectrumSegmentAccessible::childAt(int, int) const
{
    return nullptr;
}

QString SpectrumSegmentAccessible::text(QAccessible::Text t) const
{
    if (!m_control)
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_control->accessibleText(m_index);
    case QAccessible::Description:
        return m_control->accessibleDescription(m_index);
    default:
        return {};
    }
}

void SpectrumSegmentAccessible::setText(QAccessible::Text, const QString&) {}

QRect SpectrumSegmentAccessible::rect() const
{
    if (!m_control)
        return {};
    const QRect local = m_control->segmentRect(m_index);
    return QRect(m_control->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role SpectrumSegmentAccessible::role() const
{
    return QAccessible::RadioButton;
}

QAccessible::State SpectrumSegmentAccessible::state() const
{
    QAccessible::State state;
    if (!m_control) {
        state.invalid = true;
        return state;
    }
    const FailureReason reason = FailureSpectrum::reasons().at(m_index);
    state.focusable = true;
    state.checkable = true;
    state.checked = m_control->reason() == reason;
    state.focused = m_control->hasFocus() && m_control->cursorReason() == reason;
    state.invisible = !m_control->isVisible();
    state.disabled = !m_control->isEnabled();
    return state;
}

void* SpectrumSegmentAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface*>(this);
    return nullptr;
}

QStringList SpectrumSegmentAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void SpectrumSegmentAccessible::doAction(const QString& actionName)
{
    if (!m_control)
        return;
    if (actionName == pressAction()) {
        m_control->activate(m_index);
    } else if (actionName == setFocusAction()) {
        m_control->setFocus(Qt::OtherFocusReason);
    }
}

QStringList SpectrumSegmentAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Space")};
    return {};
}

} // namespace myfyrio
