#pragma once

#include "core/models/reflectivemodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace myfyrio {

/// Edits one of the writer's own models: its name and description in Welsh and
/// English, and its prompts (code, title and guidance in both languages).
class ModelEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelEditorDialog(const ReflectiveModel& model, QWidget* parent = nullptr);

    /// The model as edited. New prompts without a code get one.
    ReflectiveModel model() const;

    QLineEdit* nameEnglish() const { return m_nameEn; }
    QLineEdit* nameWelsh() const { return m_nameCy; }
    QTableWidget* prompts() const { return m_prompts; }
    void addPrompt();

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ReflectiveModel m_original;
    QLabel* m_nameEnLabel;
    QLineEdit* m_nameEn;
    QLabel* m_nameCyLabel;
    QLineEdit* m_nameCy;
    QLabel* m_descEnLabel;
    QPlainTextEdit* m_descEn;
    QLabel* m_descCyLabel;
    QPlainTextEdit* m_descCy;
    QLabel* m_promptsLabel;
    QTableWidget* m_prompts;
    QPushButton* m_add;
    QPushButton* m_remove;
    QDialogButtonBox* m_buttons;
};

} // namespace myfyrio
