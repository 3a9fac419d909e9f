#pragma once

#include "app/settings/appearance.h"

#include <QGroupBox>

class QLabel;
class QRadioButton;

namespace myfyrio {

/// Preferences > Appearance: System (the desktop's colours), Light or Dark,
/// applied at once and remembered.
class AppearanceBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AppearanceBox(QWidget* parent = nullptr);

    QRadioButton* button(Appearance::Mode mode) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QRadioButton* m_system;
    QRadioButton* m_light;
    QRadioButton* m_dark;
    QLabel* m_note;
};

} // namespace myfyrio
