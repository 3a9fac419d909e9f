#pragma once

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace myfyrio {

/// Edit > Preferences: the interface language, applied at once (no restart)
/// and remembered; the CPD regulator and cycle; the names of people to protect.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QRadioButton* welshButton() const { return m_welsh; }
    QRadioButton* englishButton() const { return m_english; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void choose(const QString& language);

    QGroupBox* m_languageBox;
    QRadioButton* m_welsh;
    QRadioButton* m_english;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace myfyrio
