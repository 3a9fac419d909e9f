#include "app/journal/actionrow.h"

#include "app/common/datefield.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace myfyrio {

ActionRow::ActionRow(const Action& action, QWidget* parent)
    : QWidget(parent),
      m_action(action),
      m_done(new QCheckBox(this)),
      m_text(new QLineEdit(action.text, this)),
      m_hasDue(new QCheckBox(this)),
      m_due(new QDateEdit(this)),
      m_remove(new QToolButton(this))
{
    // An id from the start, so that saving again updates the same action.
    if (m_action.id.isEmpty())
        m_action.id = newId();
    if (!m_action.created.isValid())
        m_action.created = timestamps::nowUtc();
    m_done->setChecked(action.done);
    m_hasDue->setChecked(action.due.isValid());
    m_due->setCalendarPopup(true);
    m_due->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    m_due->setDate(action.due.isValid() ? action.due : QDate::currentDate().addDays(7));
    m_due->setEnabled(action.due.isValid());
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_remove->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_done);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hasDue);
    layout->addWidget(m_due);
    layout->addWidget(m_remove);

    connect(m_done, &QCheckBox::toggled, this, &ActionRow::changed);
    connect(m_text, &QLineEdit::textEdited, this, &ActionRow::changed);
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        emit changed();
    });
    connect(m_due, &QDateEdit::dateChanged, this, &ActionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
    applyLocale();
    retranslate();
}

void ActionRow::applyLocale()
{
    showShortDate(m_due);
}

void ActionRow::retranslate()
{
    applyLocale();
    m_done->setToolTip(tr("Done"));
    m_done->setAccessibleName(tr("Done"));
    m_text->setPlaceholderText(tr("What will you do?"));
    m_text->setAccessibleName(tr("Action"));
    m_hasDue->setText(tr("Due:"));
    m_due->setAccessibleName(tr("Due date"));
    m_remove->setToolTip(tr("Delete this action"));
    m_remove->setAccessibleName(tr("Delete this action"));
    m_done->setAccessibleDescription(tr("Ticked when the action is done."));
    m_text->setAccessibleDescription(tr("What you will do next."));
    m_hasDue->setAccessibleDescription(tr("Gives the action a date it is due by."));
    m_due->setAccessibleDescription(tr("The day the action is due."));
    m_remove->setAccessibleDescription(tr("Removes this action from the reflection."));
}

Action ActionRow::action() const
{
    Action result = m_action;
    result.text = m_text->text().trimmed();
    result.done = m_done->isChecked();
    result.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    return result;
}

} // namespace myfyrio
