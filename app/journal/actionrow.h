#pragma once

#include "core/journal/action.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace myfyrio {

/// One action in the editor: done box, text, optional due date, delete button.
class ActionRow : public QWidget
{
    Q_OBJECT

public:
    explicit ActionRow(const Action& action, QWidget* parent = nullptr);

    /// The action as edited; the text is empty when the row was left blank.
    Action action() const;
    QString actionId() const { return m_action.id; }
    QLineEdit* textEdit() const { return m_text; }
    QCheckBox* doneBox() const { return m_done; }
    QCheckBox* dueBox() const { return m_hasDue; }
    QDateEdit* dueEdit() const { return m_due; }

    void retranslate();

signals:
    void changed();
    void removeRequested(myfyrio::ActionRow* row);

private:
    void applyLocale();

    Action m_action;
    QCheckBox* m_done;
    QLineEdit* m_text;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QToolButton* m_remove;
};

} // namespace myfyrio
