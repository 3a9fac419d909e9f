#pragma once

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;

namespace myfyrio {

/// Preferences: the names of people the writer protects, one a line. The
/// confidentiality guard looks for them before anything is shared. Saved as
/// they are typed.
class ProtectedNamesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProtectedNamesBox(QWidget* parent = nullptr);

    QPlainTextEdit* namesEdit() const { return m_names; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_note;
    QPlainTextEdit* m_names;
};

} // namespace myfyrio
