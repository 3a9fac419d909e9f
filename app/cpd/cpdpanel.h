#pragma once

#include "app/journal/reflectionpanel.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;

namespace myfyrio {

/// The reflection editor's CPD details: whether the reflection counts as
/// continuing professional development, and if so the kind of activity, its
/// hours (in quarter hours), whether it was participatory or written with a
/// peer, and the standard it relates to. The regulator chosen in Preferences
/// puts its own standards first.
class CpdPanel : public ReflectionPanel
{
    Q_OBJECT

public:
    explicit CpdPanel(QWidget* parent = nullptr);

    void load(const Reflection& reflection) override;
    void store(Reflection& reflection) const override;

    QGroupBox* box() const { return m_box; }
    QComboBox* typeBox() const { return m_type; }
    QDoubleSpinBox* hoursBox() const { return m_hours; }
    QCheckBox* participatoryBox() const { return m_participatory; }
    QCheckBox* peerBox() const { return m_peer; }
    QComboBox* standardBox() const { return m_standard; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillStandards();
    void edited();

    QGroupBox* m_box;
    QComboBox* m_type;
    QDoubleSpinBox* m_hours;
    QCheckBox* m_participatory;
    QCheckBox* m_peer;
    QComboBox* m_standard;
    QLabel* m_typeLabel;
    QLabel* m_hoursLabel;
    QLabel* m_standardLabel;
    bool m_loading = false;
};

} // namespace myfyrio
