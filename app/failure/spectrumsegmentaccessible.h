#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace myfyrio {

class SpectrumAccessible;
class SpectrumControl;

/// One reason of the spectrum, as a radio button for screen readers.
class SpectrumSegmentAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    SpectrumSegmentAccessible(SpectrumControl* control, int index);

    bool isValid() const override;
    QObject* object() const override;
    QWindow* window() const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString& text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;
    QStringList keyBindingsForAction(const QString& actionName) const override;

private:
    QPointer<SpectrumControl> m_control;
    int m_index;
};

} // namespace myfyrio
