#include "app/cpd/cpdpanel.h"

#include "core/cpd/cpdcatalog.h"
#include "core/cpd/cpdsettings.h"
#include "core/i18n/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace myfyrio {

CpdPanel::CpdPanel(QWidget* parent)
    : ReflectionPanel(parent),
      m_box(new QGroupBox(this)),
      m_type(new QComboBox(m_box)),
      m_hours(new QDoubleSpinBox(m_box)),
      m_participatory(new QCheckBox(m_box)),
      m_peer(new QCheckBox(m_box)),
      m_standard(new QComboBox(m_box)),
      m_typeLabel(new QLabel(m_box)),
      m_hoursLabel(new QLabel(m_box)),
      m_standardLabel(new QLabel(m_box))
{
    setObjectName(QStringLiteral("cpdPanel"));
    m_box->setObjectName(QStringLiteral("cpdBox"));
    m_box->setCheckable(true);
    m_box->setChecked(false);
    for (const QString& code : CpdCatalog::typeCodes())
        m_type->addItem(QString(), code);
    // The Social Care Wales Code's sections are long: the box must not widen the editor.
    m_standard->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_standard->setMinimumContentsLength(24);
    m_hours->setRange(0, 1000);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.25);
    m_typeLabel->setBuddy(m_type);
    m_hoursLabel->setBuddy(m_hours);
    m_standardLabel->setBuddy(m_standard);

    auto* form = new QFormLayout(m_box);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_hoursLabel, m_hours);
    form->addRow(QString(), m_participatory);
    form->addRow(QString(), m_peer);
    form->addRow(m_standardLabel, m_standard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_box, &QGroupBox::toggled, this, &CpdPanel::edited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CpdPanel::edited);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &CpdPanel::edited);
    connect(m_participatory, &QCheckBox::toggled, this, &CpdPanel::edited);
    connect(m_peer, &QCheckBox::toggled, this, &CpdPanel::edited);
    connect(m_standard, &QComboBox::currentIndexChanged, this, &CpdPanel::edited);
    // The regulator chosen in Preferences decides which standards come first.
    connect(&CpdSettingsSignals::instance(), &CpdSettingsSignals::changed, this, [this] {
        const bool wasLoading = m_loading;
        m_loading = true;
        fillStandards();
        m_loading = wasLoading;
    });
    m_loading = true;
    fillStandards();
    m_loading = false;
    retranslate();
}

void CpdPanel::fillStandards()
{
    const QString current = m_standard->currentData().toString();
    const QString body = Regulators::standardsBody(CpdSettings::load().regulator);
    QStringList codes = CpdCatalog::standardsOf(body);
    for (const QString& code : CpdCatalog::standardCodes()) {
        if (!codes.contains(code))
            codes << code;
    }
    m_standard->clear();
    m_standard->addItem(tr("None"), QString());
    for (const QString& code : std::as_const(codes))
        m_standard->addItem(CpdCatalog::standardLabel(code, Translations::current()), code);
    m_standard->setCurrentIndex(qMax(0, m_standard->findData(current)));
}

void CpdPanel::retranslate()
{
    m_box->setTitle(tr("Counts as C&PD"));
    m_box->setToolTip(tr("Count this reflection as continuing professional development for your regulator."));
    m_typeLabel->setText(tr("&Kind of activity:"));
    m_hoursLabel->setText(tr("Ho&urs:"));
    m_hours->setAccessibleName(tr("Hours of CPD"));
    m_participatory->setText(tr("Pa&rticipatory: done with other people"));
    m_peer->setText(tr("&Written or discussed with a peer"));
    m_standardLabel->setText(tr("Relates t&o the standard:"));
    const QString language = Translations::current();
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, CpdCatalog::typeLabel(m_type->itemData(i).toString(), language));
    m_standard->setItemText(0, tr("None"));
    for (int i = 1; i < m_standard->count(); ++i)
        m_standard->setItemText(i, CpdCatalog::standardLabel(m_standard->itemData(i).toString(), language));
}

void CpdPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const bool wasLoading = m_loading;
        m_loading = true; // the hours' decimal point follows the language; not an edit
        m_hours->setLocale(QLocale());
        m_loading = wasLoading;
    }
    ReflectionPanel::changeEvent(event);
}

void CpdPanel::edited()
{
    if (!m_loading)
        emit changed();
}

void CpdPanel::load(const Reflection& reflection)
{
    m_loading = true;
    const CpdRecord record = reflection.cpd.value_or(CpdRecord{});
    m_box->setChecked(reflection.cpd.has_value());
    m_type->setCurrentIndex(qMax(0, m_type->findData(record.type)));
    m_hours->setValue(record.hours());
    m_participatory->setChecked(record.participatory);
    m_peer->setChecked(record.peer);
    m_standard->setCurrentIndex(qMax(0, m_standard->findData(record.standard)));
    m_loading = false;
}

void CpdPanel::store(Reflection& reflection) const
{
    if (!m_box->isChecked()) {
        reflection.cpd.reset();
        return;
    }
    CpdRecord record;
    record.type = m_type->currentData().toString();
    record.quarterHours = qBound(0, qRound(m_hours->value() * 4), 4000); // hours count in quarters
    record.participatory = m_participatory->isChecked();
    record.peer = m_peer->isChecked();
    record.standard = m_standard->currentData().toString();
    reflection.cpd = record;
}

} // namespace myfyrio
