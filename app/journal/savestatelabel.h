#pragma once

#include "app/journal/autosaver.h"

#include <QLabel>

namespace myfyrio {

/// Shows what the autosaver is doing, for the status bar: saved, saving, or
/// could not save and why.
class SaveStateLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SaveStateLabel(Autosaver* autosaver, QWidget* parent = nullptr);

    /// Never asks for more room than a short sentence: a long reason is
    /// elided here and given in full in the tooltip.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    Autosaver* m_autosaver;
};

} // namespace myfyrio
