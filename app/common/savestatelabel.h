#pragma once

#include "app/common/editsaver.h"

#include <QLabel>
#include <QPointer>

namespace myfyrio {

/// Shows, for the status bar, how saving stands for what is being edited:
/// saved, unsaved, saving, or could not save and why. It follows one
/// EditSaver at a time (the one of the visible view); with none it is empty.
class SaveStateLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SaveStateLabel(EditSaver* saver = nullptr, QWidget* parent = nullptr);

    /// Shows the state of this saver from now on (null: nothing is edited here).
    void follow(EditSaver* saver);
    EditSaver* followed() const { return m_saver; }

    /// Never asks for more room than a short sentence: a long reason is
    /// elided here and given in full in the tooltip.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    QPointer<EditSaver> m_saver;
    QMetaObject::Connection m_connection;
};

} // namespace myfyrio
