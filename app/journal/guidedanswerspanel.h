#pragma once

#include "app/journal/reflectionpanel.h"
#include "core/models/reflectivemodel.h"

#include <QMap>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace myfyrio {

class Database;

/// Guided writing: the reflective model chooser and one section per prompt (title,
/// guidance, answer). Answers the chosen model has no prompt for stay visible and
/// editable under "Other answers", so switching models never drops anything. Also the
/// system scale (which changes the learning cycle's scale questions), "don't resurface",
/// and, for the annual review, last year's look-back answers beside this year's.
class GuidedAnswersPanel : public ReflectionPanel
{
    Q_OBJECT

public:
    explicit GuidedAnswersPanel(const Database& database, QWidget* parent = nullptr);

    void load(const Reflection& reflection) override;
    void store(Reflection& reflection) const override;

    /// The answer box of a prompt (shown or under "Other answers"), or nullptr.
    QPlainTextEdit* answerEdit(const QString& promptCode) const;
    QComboBox* modelChooser() const { return m_model; }
    QComboBox* scaleChooser() const { return m_scale; }

    /// Reads the list of models again (after the model manager changed it).
    void reloadModels();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onModelChosen();
    void onScaleChosen();
    void manageModels();
    void collectAnswers();
    void rebuildSections();
    void updatePromptTexts();
    QString promptTitleAnywhere(const QString& code) const;
    QString currentModelCode() const;

    const Database& m_database;
    QVector<ReflectiveModel> m_models;
    ReflectiveModel m_current;
    QMap<QString, QString> m_answers; ///< every answer, shown or not
    QMap<QString, QPlainTextEdit*> m_edits;
    QMap<QString, QPair<QLabel*, QLabel*>> m_promptLabels; ///< code → title, guidance
    Reflection m_loaded;
    bool m_loading = false;

    QLabel* m_heading;
    QLabel* m_modelLabel;
    QComboBox* m_model;
    QPushButton* m_manage;
    QLabel* m_scaleLabel;
    QComboBox* m_scale;
    QCheckBox* m_dontResurface;
    QLabel* m_description;
    QWidget* m_sections;
    QVBoxLayout* m_sectionsLayout;
    QPointer<QGroupBox> m_other;
};

} // namespace myfyrio
