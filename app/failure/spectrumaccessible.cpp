#include "app/failure/spectrumaccessible.h"

#include "app/failure/spectrumcontrol.h"
#include "app/failure/spectrumsegmentaccessible.h"

namespace myfyrio {

namespace {

QAccessibleInterface* spectrumFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("myfyrio::SpectrumControl") && object && object->isWidgetType())
        return new SpectrumAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

SpectrumAccessible::SpectrumAccessible(QWidget* widget) : QAccessibleWidget(widget, QAccessible::List) {}

SpectrumAccessible::~SpectrumAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void SpectrumAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(spectrumFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

SpectrumControl* SpectrumAccessible::control() const
{
    return static_cast<SpectrumControl*>(widget());
}

int SpectrumAccessible::childCount() const
{
    return static_cast<int>(FailureSpectrum::reasons().size());
}

QAccessibleInterface* SpectrumAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto found = m_children.constFind(index);
    if (found != m_children.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto* segment = new SpectrumSegmentAccessible(control(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(segment));
    return segment;
}

int SpectrumAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it)
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    return -1;
}

QAccessibleInterface* SpectrumAccessible::focusChild() const
{
    if (!control()->hasFocus())
        return nullptr;
    return child(FailureSpectrum::position(control()->cursorReason()) - 1);
}

QAccessibleInterface* SpectrumAccessible::childAt(int x, int y) const
{
    const QPoint local = control()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i)
        if (control()->segmentRect(i).contains(local))
            return child(i);
    return nullptr;
}

} // namespace myfyrio
