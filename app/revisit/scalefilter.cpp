#include "app/revisit/scalefilter.h"

#include "core/journal/reflection.h"
#include "core/journal/systemscale.h"

#include <QEvent>
#include <QSignalBlocker>

namespace myfyrio {

ScaleFilter::ScaleFilter(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("scaleFilter"));
    retranslate();
}

void ScaleFilter::retranslate()
{
    const QSignalBlocker blocker(this);
    const QString current = currentData().toString();
    clear();
    addItem(tr("All system scales"), QString());
    for (const QString& code : SystemScale::codes())
        //: %1 is a label from elsewhere in the interface, already translated.
        addItem(tr("Scale: %1").arg(SystemScale::label(code)), code);
    setCurrentIndex(qMax(0, findData(current)));
    setAccessibleName(tr("System scale"));
    setAccessibleDescription(tr("Shows only the reflections about a system of the scale you choose."));
}

void ScaleFilter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void ScaleFilter::applyTo(ReflectionFilter& filter) const
{
    filter.scale = currentData().toString();
}

} // namespace myfyrio
