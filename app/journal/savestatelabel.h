#pragma once

#include "autosaver.h"

#include <QLabel>

namespace myfyrio {

/// Shows what the autosaver is doing, for the status bar: saved, saving, or
/// could not save and why.
class SaveStateLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SaveStateLabel(Autosaver* autosaver, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Autosaver* m_autosaver;
};

} // namespace myfyrio
