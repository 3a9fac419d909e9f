#include "app/failure/failurefilterbox.h"

#include "core/palette/failurepalette.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPixmap>

namespace myfyrio {

namespace {

QIcon swatch(FailureType type)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(FailurePalette::colour(type));
    return QIcon(pixmap);
}

} // namespace

FailureFilterBox::FailureFilterBox(QWidget* parent)
    : QWidget(parent), m_reason(new QComboBox(this)), m_type(new QComboBox(this))
{
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(10);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(8);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_reason, 3);
    layout->addWidget(m_type, 2);
    connect(m_reason, &QComboBox::activated, this, &FailureFilterBox::changed);
    connect(m_type, &QComboBox::activated, this, &FailureFilterBox::changed);
    retranslate();
}

QString FailureFilterBox::reasonCode() const
{
    return m_reason->currentData().toString();
}

QString FailureFilterBox::typeCode() const
{
    return m_type->currentData().toString();
}

void FailureFilterBox::applyTo(ReflectionFilter& filter) const
{
    filter.failureReason = reasonCode();
    filter.failureType = typeCode();
}

void FailureFilterBox::retranslate()
{
    const QString reason = reasonCode();
    const QString type = typeCode();
    m_reason->clear();
    //: The first entry of the filter by reason for failure.
    m_reason->addItem(tr("All reasons"));
    for (FailureReason r : FailureSpectrum::reasons()) {
        m_reason->addItem(swatch(FailureSpectrum::suggestedType(r)), FailureSpectrum::label(r),
                          FailureSpectrum::code(r));
        m_reason->setItemData(m_reason->count() - 1, FailureSpectrum::definition(r), Qt::ToolTipRole);
    }
    m_type->clear();
    m_type->addItem(tr("All types"));
    for (FailureType t : FailureSpectrum::types()) {
        m_type->addItem(swatch(t), FailureSpectrum::label(t), FailureSpectrum::code(t));
        m_type->setItemData(m_type->count() - 1, FailureSpectrum::definition(t), Qt::ToolTipRole);
    }
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(reason)));
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    m_reason->setAccessibleName(tr("Show reflections placed with this reason for failure"));
    m_type->setAccessibleName(tr("Show reflections placed with this type of failure"));
    m_reason->setAccessibleDescription(
        tr("Shows only the reflections placed on the spectrum with the reason you choose."));
    m_type->setAccessibleDescription(tr("Shows only the reflections placed on the spectrum with the type you choose."));
}

void FailureFilterBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
