#pragma once

#include <QDialog>

class QPushButton;

namespace myfyrio {

/// Asked once, at the first run: which language the interface should speak.
/// Bilingual, since no language is chosen yet.
class LanguageChooserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LanguageChooserDialog(QWidget* parent = nullptr);

    /// "cy" or "en" once a button was pressed; empty if the dialog was closed.
    QString chosen() const { return m_chosen; }

    QPushButton* welshButton() const { return m_welsh; }
    QPushButton* englishButton() const { return m_english; }

private:
    QString m_chosen;
    QPushButton* m_welsh;
    QPushButton* m_english;
};

} // namespace myfyrio
