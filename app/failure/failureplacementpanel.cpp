#include "app/failure/failureplacementpanel.h"

#include "app/failure/blamequestion.h"
#include "app/failure/spectrumcontrol.h"
#include "core/palette/failurepalette.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

QLabel* mutedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

FailurePlacementPanel::FailurePlacementPanel(QWidget* parent)
    : ReflectionPanel(parent),
      m_clear(new QPushButton(this)),
      m_blame(new BlameQuestion(this)),
      m_placement(new QWidget(this)),
      m_details(new QWidget(this)),
      m_heading(new QLabel(this)),
      m_spectrumIntro(new QLabel(this)),
      m_spectrum(new SpectrumControl(this)),
      m_typeLabel(new QLabel(this)),
      m_type(new QComboBox(this)),
      m_typeDefinition(mutedLabel(this)),
      m_settingLabel(new QLabel(this)),
      m_setting(new QComboBox(this)),
      m_settingDefinition(mutedLabel(this)),
      m_systemLabel(new QLabel(this)),
      m_systemFactors(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("failurePlacementPanel"));
    buildLayout();

    connect(m_blame, &BlameQuestion::answered, this, [this] {
        updateVisibility();
        if (!m_loading)
            emit changed();
    });
    connect(m_spectrum, &SpectrumControl::reasonChanged, this, &FailurePlacementPanel::onReasonChanged);
    connect(m_type, &QComboBox::activated, this, &FailurePlacementPanel::onTypeChosen);
    connect(m_setting, &QComboBox::activated, this, [this] {
        updateDefinitions();
        emit changed();
    });
    connect(m_systemFactors, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearPlacement();
        emit changed();
    });
    retranslate();
    updateVisibility();
}

void FailurePlacementPanel::buildLayout()
{
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_spectrumIntro->setWordWrap(true);
    m_systemLabel->setWordWrap(true);
    m_systemLabel->setBuddy(m_systemFactors);
    m_typeLabel->setBuddy(m_type);
    m_settingLabel->setBuddy(m_setting);
    m_systemFactors->setTabChangesFocus(true);
    m_systemFactors->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_systemFactors->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_systemFactors->setObjectName(QStringLiteral("systemFactors"));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_type->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_setting->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type);
    typeRow->addWidget(m_typeDefinition, 1);
    auto* settingRow = new QHBoxLayout;
    settingRow->addWidget(m_setting);
    settingRow->addWidget(m_settingDefinition, 1);
    settingRow->addStretch(0);
    form->addRow(m_typeLabel, typeRow);
    form->addRow(m_settingLabel, settingRow);

    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 6, 0, 0);
    details->addLayout(form);
    details->addSpacing(6);
    details->addWidget(m_systemLabel);
    details->addWidget(m_systemFactors);

    auto* placement = new QVBoxLayout(m_placement);
    placement->setContentsMargins(0, 6, 0, 0);
    placement->addWidget(m_spectrumIntro);
    placement->addWidget(m_spectrum);
    placement->addWidget(m_details);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_blame);
    layout->addWidget(m_placement);
    layout->addStretch(1);

    setTabOrder(m_spectrum, m_type);
    setTabOrder(m_type, m_setting);
    setTabOrder(m_setting, m_systemFactors);
}

void FailurePlacementPanel::retranslate()
{
    m_heading->setText(tr("Learning from failure"));
    m_spectrumIntro->setText(tr("Where does this event sit among the reasons for failure? Point at or move to a "
                                "reason to read what it means."));
    m_typeLabel->setText(tr("&Type:"));
    m_settingLabel->setText(tr("Setti&ng:"));
    m_systemLabel->setText(tr("What in the &system made this likely?"));
    m_systemFactors->setPlaceholderText(tr("For example: the length of the shift, the caseload, a form that asks "
                                           "for the wrong thing, training that never came."));
    m_clear->setText(tr("Clear placement"));
    m_systemFactors->setAccessibleDescription(m_systemFactors->placeholderText());
    m_type->setAccessibleDescription(tr("Basic, complex or intelligent: suggested by the reason, and yours to "
                                        "change."));
    m_setting->setAccessibleDescription(tr("How familiar the setting of the event was."));
    m_clear->setToolTip(tr("Removes the blame answer, the reason, the type, the setting and the answer about the "
                           "system from this reflection."));
    m_clear->setAccessibleDescription(m_clear->toolTip());
    const QVariant setting = m_setting->currentData();
    m_setting->clear();
    //: The setting of an event has not been chosen.
    m_setting->addItem(tr("Not chosen"));
    for (FailureSetting s : FailureSpectrum::settings()) {
        m_setting->addItem(FailureSpectrum::label(s), FailureSpectrum::code(s));
        m_setting->setItemData(m_setting->count() - 1, FailureSpectrum::definition(s), Qt::ToolTipRole);
    }
    m_setting->setCurrentIndex(qMax(0, m_setting->findData(setting)));
    fillTypes();
    updateDefinitions();
}

void FailurePlacementPanel::fillTypes()
{
    const std::optional<FailureReason> reason = m_spectrum->reason();
    const FailureType suggested = FailureSpectrum::suggestedType(reason.value_or(FailureReason::Deviance));
    m_type->clear();
    for (FailureType type : FailureSpectrum::types()) {
        const QString label = FailureSpectrum::label(type);
        //: A type of failure in the list, marked as the one the chosen reason suggests.
        m_type->addItem(type == suggested && reason ? tr("%1 (suggested)").arg(label) : label,
                        FailureSpectrum::code(type));
        const int row = m_type->count() - 1;
        m_type->setItemData(row, FailureSpectrum::definition(type), Qt::ToolTipRole);
        QPixmap swatch(12, 12);
        swatch.fill(FailurePalette::colour(type));
        m_type->setItemIcon(row, swatch);
    }
    const FailureType shown = m_chosenType.value_or(suggested);
    m_type->setCurrentIndex(m_type->findData(FailureSpectrum::code(shown)));
}

void FailurePlacementPanel::updateDefinitions()
{
    if (const auto type = FailureSpectrum::typeFromCode(m_type->currentData().toString()))
        m_typeDefinition->setText(FailureSpectrum::definition(*type));
    const auto setting = FailureSpectrum::settingFromCode(m_setting->currentData().toString());
    m_settingDefinition->setText(setting ? FailureSpectrum::definition(*setting) : QString());
    m_settingDefinition->setVisible(setting.has_value());
}

void FailurePlacementPanel::updateVisibility()
{
    m_placement->setVisible(m_blame->isAnswered() || m_spectrum->reason().has_value());
    m_details->setVisible(m_spectrum->reason().has_value());
    m_clear->setVisible(m_blame->isAnswered() || m_spectrum->reason().has_value());
}

bool FailurePlacementPanel::spectrumShown() const
{
    return !m_placement->isHidden();
}

bool FailurePlacementPanel::detailsShown() const
{
    return !m_placement->isHidden() && !m_details->isHidden();
}

void FailurePlacementPanel::onReasonChanged()
{
    // A type the writer chose stays; otherwise the type follows the reason.
    fillTypes();
    updateDefinitions();
    updateVisibility();
    emit changed();
}

void FailurePlacementPanel::onTypeChosen()
{
    const auto type = FailureSpectrum::typeFromCode(m_type->currentData().toString());
    const auto reason = m_spectrum->reason();
    if (type && reason && *type == FailureSpectrum::suggestedType(*reason))
        m_chosenType.reset();
    else
        m_chosenType = type;
    updateDefinitions();
    emit changed();
}

void FailurePlacementPanel::clearPlacement()
{
    m_loading = true;
    m_blame->setAnswer(false, std::nullopt);
    m_spectrum->setReason(std::nullopt);
    m_chosenType.reset();
    m_setting->setCurrentIndex(0);
    m_systemFactors->clear();
    fillTypes();
    updateDefinitions();
    updateVisibility();
    m_loading = false;
}

void FailurePlacementPanel::load(const Reflection& reflection)
{
    clearPlacement();
    if (!reflection.failure)
        return;
    m_loading = true;
    const FailurePlacement& placement = *reflection.failure;
    m_blame->setAnswer(true, placement.blameFelt);
    m_spectrum->setReason(placement.reason);
    m_chosenType = placement.typeOverridden() ? placement.chosenType : std::nullopt;
    if (placement.setting)
        m_setting->setCurrentIndex(m_setting->findData(FailureSpectrum::code(*placement.setting)));
    m_systemFactors->setPlainText(placement.systemFactors);
    fillTypes();
    updateDefinitions();
    updateVisibility();
    m_loading = false;
}

void FailurePlacementPanel::store(Reflection& reflection) const
{
    const std::optional<FailureReason> reason = m_spectrum->reason();
    if (!reason) {
        reflection.failure.reset();
        return;
    }
    FailurePlacement placement;
    placement.reason = *reason;
    placement.chosenType = m_chosenType;
    placement.setting = FailureSpectrum::settingFromCode(m_setting->currentData().toString());
    placement.blameFelt = m_blame->blame();
    placement.systemFactors = m_systemFactors->toPlainText();
    reflection.failure = placement;
}

void FailurePlacementPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ReflectionPanel::changeEvent(event);
}

} // namespace myfyrio
