#include "app/journal/actionspanel.h"

#include "app/journal/actionrow.h"
#include "app/journal/tabkeys.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace myfyrio {

ActionsPanel::ActionsPanel(QWidget* parent)
    : ReflectionPanel(parent),
      m_box(new QGroupBox(this)),
      m_empty(new QLabel(m_box)),
      m_rows(new QVBoxLayout),
      m_add(new QPushButton(m_box))
{
    setObjectName(QStringLiteral("actionsPanel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_rows->setSpacing(4);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_empty);
    boxLayout->addLayout(m_rows);
    boxLayout->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    connect(m_add, &QPushButton::clicked, this, [this] { addAction(); });
    retranslate();
    updateEmptyNote();
}

void ActionsPanel::retranslate()
{
    m_box->setTitle(tr("Actions: now what?"));
    m_empty->setText(tr("Nothing to do yet. Add what you will do next, with a due date if it has one."));
    m_add->setText(tr("Add act&ion"));
    m_add->setAccessibleDescription(tr("Adds a row for something you will do next."));
    for (ActionRow* row : rows())
        row->retranslate();
}

void ActionsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ReflectionPanel::changeEvent(event);
}

QVector<ActionRow*> ActionsPanel::rows() const
{
    QVector<ActionRow*> result;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (auto* row = qobject_cast<ActionRow*>(m_rows->itemAt(i)->widget()))
            result.append(row);
    }
    return result;
}

ActionRow* ActionsPanel::appendRow(const Action& action)
{
    auto* row = new ActionRow(action, m_box);
    m_rows->addWidget(row);
    // The row is made after the Add button: Tab reaches it before the button, as shown.
    QWidget* last = TabKeys::chain(m_add->previousInFocusChain(), TabKeys::stops(row));
    setTabOrder(last, m_add);
    connect(row, &ActionRow::changed, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(row, &ActionRow::removeRequested, this, &ActionsPanel::removeRow);
    updateEmptyNote();
    return row;
}

ActionRow* ActionsPanel::addAction()
{
    ActionRow* row = appendRow(Action{});
    row->textEdit()->setFocus();
    return row;
}

void ActionsPanel::removeRow(ActionRow* row)
{
    m_rows->removeWidget(row);
    row->hide();
    row->deleteLater();
    updateEmptyNote();
    emit changed();
}

bool ActionsPanel::setActionDone(const QString& actionId, bool done)
{
    for (ActionRow* row : rows()) {
        if (row->actionId() == actionId) {
            const bool wasLoading = m_loading;
            m_loading = true; // already saved by whoever ticked it
            row->doneBox()->setChecked(done);
            m_loading = wasLoading;
            return true;
        }
    }
    return false;
}

void ActionsPanel::updateEmptyNote()
{
    // Deleted rows have left the layout already, so every row counted is shown.
    m_empty->setVisible(rows().isEmpty());
}

void ActionsPanel::load(const Reflection& reflection)
{
    m_loading = true;
    for (ActionRow* row : rows()) {
        m_rows->removeWidget(row);
        row->deleteLater();
    }
    for (const Action& action : reflection.actions)
        appendRow(action);
    updateEmptyNote();
    m_loading = false;
}

void ActionsPanel::store(Reflection& reflection) const
{
    // A row left without text is not an action yet.
    QVector<Action> actions;
    for (ActionRow* row : rows()) {
        const Action action = row->action();
        if (!action.text.isEmpty())
            actions.append(action);
    }
    reflection.actions = actions;
}

} // namespace myfyrio
