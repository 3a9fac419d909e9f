#include "app/supervision/sessioneditordialog.h"

#include "app/common/datefield.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/tabkeys.h"
#include "core/i18n/phrasing.h"
#include "core/storage/database.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace myfyrio {

namespace {

const QDate noDueDate(2000, 1, 1);

} // namespace

SessionEditorDialog::SessionEditorDialog(const Database& database, Session session, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_session(std::move(session)),
      m_dateLabel(new QLabel(this)),
      m_date(new QDateEdit(this)),
      m_held(new QRadioButton(this)),
      m_cancelled(new QRadioButton(this)),
      m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this)),
      m_rebooked(new QCheckBox(this)),
      m_agendaBox(new QGroupBox(this)),
      m_agenda(new QListWidget(this)),
      m_notesBox(new QGroupBox(this)),
      m_notes(new QTextEdit(this)),
      m_functionsBox(new QGroupBox(this)),
      m_decisionsBox(new QGroupBox(this)),
      m_decisions(new QTextEdit(this)),
      m_actionsBox(new QGroupBox(this)),
      m_actions(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("SessionEditorDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_date->setCalendarPopup(true);
    m_date->setDate(m_session.date.isValid() ? m_session.date : QDate::currentDate());
    m_dateLabel->setBuddy(m_date);
    top->addWidget(m_dateLabel);
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(m_held);
    top->addWidget(m_cancelled);
    top->addStretch();
    layout->addLayout(top);
    auto* cancel = new QHBoxLayout;
    m_reasonLabel->setBuddy(m_reason);
    cancel->addWidget(m_reasonLabel);
    cancel->addWidget(m_reason, 1);
    cancel->addWidget(m_rebooked);
    layout->addLayout(cancel);

    auto* grid = new QGridLayout;
    auto* agendaLayout = new QVBoxLayout(m_agendaBox);
    agendaLayout->addWidget(m_agenda);
    m_agenda->setObjectName(QStringLiteral("agendaPicker"));
    TabKeys::install(m_notes);
    TabKeys::install(m_decisions);
    auto* notesLayout = new QVBoxLayout(m_notesBox);
    notesLayout->addWidget(m_notes);
    auto* functionsLayout = new QHBoxLayout(m_functionsBox);
    for (const QString& code : SectionCatalog::functionCodes()) {
        auto* check = new QCheckBox(m_functionsBox);
        check->setChecked(m_session.functions.contains(code));
        m_functions.insert(code, check);
        functionsLayout->addWidget(check);
    }
    functionsLayout->addStretch();
    auto* decisionsLayout = new QVBoxLayout(m_decisionsBox);
    decisionsLayout->addWidget(m_decisions);
    auto* actionsLayout = new QVBoxLayout(m_actionsBox);
    m_actions->setObjectName(QStringLiteral("sessionActions"));
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->setWordWrap(true);
    m_actions->verticalHeader()->hide();
    actionsLayout->addWidget(m_actions);
    auto* actionButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add action"), m_actionsBox);
    auto* remove = new QPushButton(tr("Remove action"), m_actionsBox);
    actionButtons->addWidget(add);
    actionButtons->addWidget(remove);
    actionButtons->addStretch();
    actionsLayout->addLayout(actionButtons);
    connect(add, &QPushButton::clicked, this, [this] { addActionRow(SessionAction{}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_actions->currentRow() >= 0)
            m_actions->removeRow(m_actions->currentRow());
    });

    grid->addWidget(m_agendaBox, 0, 0);
    grid->addWidget(m_notesBox, 0, 1);
    grid->addWidget(m_functionsBox, 1, 0, 1, 2);
    grid->addWidget(m_decisionsBox, 2, 0);
    grid->addWidget(m_actionsBox, 2, 1);
    layout->addLayout(grid, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (m_session.held ? m_held : m_cancelled)->setChecked(true);
    m_reason->setText(m_session.cancelReason);
    m_rebooked->setChecked(m_session.rebooked);
    m_notes->setMarkdown(m_session.notes);
    m_decisions->setMarkdown(m_session.decisions);
    connect(m_held, &QRadioButton::toggled, this, &SessionEditorDialog::updateCancelled);
    retranslate();
    fillAgenda();
    for (const SessionAction& a : m_session.actions)
        addActionRow(a);
    updateCancelled();
    resize(980, 700);
}

void SessionEditorDialog::retranslate()
{
    setWindowTitle(m_session.isStored() ? tr("Supervision session") : tr("New supervision session"));
    m_dateLabel->setText(tr("Date:"));
    showShortDate(m_date);
    m_held->setText(tr("Held"));
    m_cancelled->setText(tr("Cancelled"));
    m_reasonLabel->setText(tr("Reason for cancelling:"));
    m_rebooked->setText(tr("Rebooked"));
    m_agendaBox->setTitle(tr("Agenda: reflections brought to supervision and open actions"));
    m_notesBox->setTitle(tr("Notes"));
    m_functionsBox->setTitle(tr("Functions this session covered"));
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        it.value()->setText(SectionCatalog::functionLabel(it.key()));
    m_decisionsBox->setTitle(tr("Decisions"));
    m_actionsBox->setTitle(tr("Actions"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Done")});
}

void SessionEditorDialog::fillAgenda()
{
    QVector<AgendaItem> items = m_session.agenda;
    if (auto candidates = SessionStore(m_database).agendaCandidates(m_session.agreementId)) {
        for (const AgendaItem& c : *candidates) {
            // This session's own actions are not on its agenda.
            const bool own = std::any_of(m_session.actions.cbegin(), m_session.actions.cend(),
                                         [&c](const SessionAction& a) { return a.id == c.itemId; });
            if (own)
                continue;
            const bool present =
                std::any_of(items.cbegin(), items.cend(), [&c](const AgendaItem& i) { return i.itemId == c.itemId; });
            if (!present)
                items.append(c);
        }
    }
    const QLocale locale;
    for (const AgendaItem& item : items) {
        const QString date = item.date.isValid() ? Phrasing::shortDate(item.date, locale) : QString();
        //: An agenda choice: "Reflection: Home visit (01/03/2024)". %1 is a title; %2 is a short date.
        const QString reflection = tr("Reflection: %1 (%2)").arg(item.title, date);
        //: %1 is what the action says to do. Glossary: an open action is "cam gweithredu agored"
        //: (not "ar agor" or "heb ei wneud").
        const QString action = tr("Open action: %1").arg(item.title);
        //: %1 is what the action says to do; %2 is a short date.
        const QString dueAction = tr("Open action: %1 (due %2)").arg(item.title, date);
        const QString text = item.kind == AgendaItem::Kind::Reflection ? reflection
                             : date.isEmpty()                          ? action
                                                                       : dueAction;
        auto* row = new QListWidgetItem(text, m_agenda);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        const bool chosen = std::any_of(m_session.agenda.cbegin(), m_session.agenda.cend(),
                                        [&item](const AgendaItem& i) { return i.itemId == item.itemId; });
        row->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        row->setData(Qt::UserRole, item.itemId);
        row->setData(Qt::UserRole + 1, item.kind == AgendaItem::Kind::Action);
    }
    if (items.isEmpty()) {
        auto* none =
            new QListWidgetItem(tr("No reflection is marked “bring to supervision” and no action is open."), m_agenda);
        none->setFlags(Qt::NoItemFlags);
    }
}

void SessionEditorDialog::addActionRow(const SessionAction& action)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    auto* text = new QTableWidgetItem(action.description);
    text->setData(Qt::UserRole, action.id);
    m_actions->setItem(row, 0, text);
    auto* owner = new QComboBox(m_actions);
    for (const QString& party : {SectionCatalog::supervisee(), SectionCatalog::supervisor()})
        owner->addItem(SectionCatalog::partyLabel(party), party);
    owner->setCurrentIndex(qMax(0, owner->findData(action.owner)));
    m_actions->setCellWidget(row, 1, owner);
    auto* due = new QDateEdit(m_actions);
    due->setCalendarPopup(true);
    showShortDate(due);
    due->setMinimumDate(noDueDate);
    due->setSpecialValueText(tr("No date"));
    due->setDate(action.due.isValid() ? action.due : noDueDate);
    m_actions->setCellWidget(row, 2, due);
    auto* done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    done->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
    m_actions->setItem(row, 3, done);
    if (action.description.isEmpty())
        m_actions->editItem(text);
}

void SessionEditorDialog::updateCancelled()
{
    const bool cancelled = m_cancelled->isChecked();
    m_reasonLabel->setEnabled(cancelled);
    m_reason->setEnabled(cancelled);
    m_rebooked->setEnabled(cancelled);
}

Session SessionEditorDialog::session() const
{
    Session s = m_session;
    s.date = m_date->date();
    s.held = m_held->isChecked();
    s.cancelReason = m_reason->text().trimmed();
    s.rebooked = m_rebooked->isChecked();
    s.notes = m_notes->toPlainText().trimmed().isEmpty() ? QString() : m_notes->toMarkdown();
    s.decisions = m_decisions->toPlainText().trimmed().isEmpty() ? QString() : m_decisions->toMarkdown();
    s.functions.clear();
    for (const QString& code : SectionCatalog::functionCodes()) {
        if (m_functions.value(code)->isChecked())
            s.functions.append(code);
    }
    s.agenda.clear();
    for (int i = 0; i < m_agenda->count(); ++i) {
        const QListWidgetItem* item = m_agenda->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        s.agenda.append(
            AgendaItem{item->data(Qt::UserRole + 1).toBool() ? AgendaItem::Kind::Action : AgendaItem::Kind::Reflection,
                       item->data(Qt::UserRole).toString(),
                       {},
                       {}});
    }
    s.actions.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QTableWidgetItem* text = m_actions->item(row, 0);
        if (!text || text->text().trimmed().isEmpty())
            continue;
        const auto* owner = qobject_cast<QComboBox*>(m_actions->cellWidget(row, 1));
        const auto* due = qobject_cast<QDateEdit*>(m_actions->cellWidget(row, 2));
        SessionAction a;
        a.id = text->data(Qt::UserRole).toString();
        a.sessionId = s.id;
        a.description = text->text().trimmed();
        a.owner = owner ? owner->currentData().toString() : SectionCatalog::supervisee();
        a.due = due && due->date() != noDueDate ? due->date() : QDate();
        a.done = m_actions->item(row, 3) && m_actions->item(row, 3)->checkState() == Qt::Checked;
        s.actions.append(a);
    }
    return s;
}

void SessionEditorDialog::accept()
{
    auto saved = SessionStore(m_database).save(session());
    if (!saved) {
        MessageBox::warning(this, tr("Session not saved"), saved.error());
        return;
    }
    m_session = *saved;
    QDialog::accept();
}

} // namespace myfyrio
