#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace myfyrio {

/// Preferences: the writer's regulator and role, and the day their current
/// CPD cycle started. Applied at once (CpdSettings) and followed by the CPD view.
class CpdPreferencesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit CpdPreferencesBox(QWidget* parent = nullptr);

    QComboBox* regulatorBox() const { return m_regulator; }
    QCheckBox* startKnownBox() const { return m_startKnown; }
    QDateEdit* startEdit() const { return m_start; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void save();
    void updateNote();

    QComboBox* m_regulator;
    QCheckBox* m_startKnown;
    QDateEdit* m_start;
    QLabel* m_regulatorLabel;
    QLabel* m_note;
    bool m_loading = true;
};

} // namespace myfyrio
