#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace myfyrio {

class SpectrumControl;

/// What screen readers see of a SpectrumControl: a list of nine radio
/// buttons, named by reason, described by type and definition, the chosen one
/// checked and the keyboard cursor focused.
class SpectrumAccessible : public QAccessibleWidget
{
public:
    explicit SpectrumAccessible(QWidget* widget);
    ~SpectrumAccessible() override;

    /// Registers the factory once, so that every SpectrumControl gets this interface.
    static void installFactory();

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    SpectrumControl* control() const;

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace myfyrio
