#pragma once

#include "app/journal/reflectionpanel.h"

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace myfyrio {

class BlameQuestion;
class SpectrumControl;

/// The reflection editor's part for placing the event on the failure spectrum.
///
/// The order matters (domain notes §2): first how much blame the writer felt,
/// then the spectrum; once a reason is chosen, its type (suggested, and the
/// writer may choose another), the setting, and "What in the system made this
/// likely?", before anything the writer plans to do. A placement can be cleared.
class FailurePlacementPanel : public ReflectionPanel
{
    Q_OBJECT

public:
    explicit FailurePlacementPanel(QWidget* parent = nullptr);

    void load(const Reflection& reflection) override;
    void store(Reflection& reflection) const override;

    /// Puts the panel back to the first question and removes the placement.
    void clearPlacement();

    BlameQuestion* blameQuestion() const { return m_blame; }
    SpectrumControl* spectrum() const { return m_spectrum; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* settingBox() const { return m_setting; }
    QPlainTextEdit* systemFactorsEdit() const { return m_systemFactors; }
    QPushButton* clearButton() const { return m_clear; }
    /// The spectrum is shown once the blame question is answered.
    bool spectrumShown() const;
    bool detailsShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void fillTypes();
    void updateVisibility();
    void updateDefinitions();
    void onReasonChanged();
    void onTypeChosen();

    // Made first, so that Tab reaches it first: it sits beside the heading.
    QPushButton* m_clear;
    BlameQuestion* m_blame;
    QWidget* m_placement;
    QWidget* m_details;
    QLabel* m_heading;
    QLabel* m_spectrumIntro;
    SpectrumControl* m_spectrum;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_typeDefinition;
    QLabel* m_settingLabel;
    QComboBox* m_setting;
    QLabel* m_settingDefinition;
    QLabel* m_systemLabel;
    QPlainTextEdit* m_systemFactors;
    std::optional<FailureType> m_chosenType;
    bool m_loading = false;
};

} // namespace myfyrio
