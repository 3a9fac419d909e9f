#pragma once

#include "app/journal/reflectionpanel.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace myfyrio {

class ActionRow;

/// The actions of a reflection ("Now what?"): add, edit, tick and delete them, each
/// with an optional due date.
class ActionsPanel : public ReflectionPanel
{
    Q_OBJECT

public:
    explicit ActionsPanel(QWidget* parent = nullptr);

    void load(const Reflection& reflection) override;
    void store(Reflection& reflection) const override;

    /// Adds an empty action and focuses its text.
    ActionRow* addAction();
    QVector<ActionRow*> rows() const;

    /// Ticks or unticks an action shown here (when it was ticked elsewhere, as in the
    /// Actions view), so that the next save keeps it; false when it is not shown.
    bool setActionDone(const QString& actionId, bool done);

protected:
    void changeEvent(QEvent* event) override;

private:
    ActionRow* appendRow(const Action& action);
    void removeRow(ActionRow* row);
    void retranslate();
    void updateEmptyNote();

    QGroupBox* m_box;
    QLabel* m_empty;
    QVBoxLayout* m_rows;
    QPushButton* m_add;
    bool m_loading = false;
};

} // namespace myfyrio
