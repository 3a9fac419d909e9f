#include "app/revisit/actionsview.h"

#include "app/common/staleviewrefresher.h"
#include "app/dialogs/messagebox.h"
#include "core/i18n/phrasing.h"
#include "core/journal/actionstore.h"
#include "core/palette/statuspalette.h"
#include "core/storage/database.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

namespace {
constexpr int actionIdRole = Qt::UserRole;
constexpr int reflectionIdRole = Qt::UserRole + 1;
constexpr int reflectionDateRole = Qt::UserRole + 2;

enum Column { TextColumn, DueColumn, ReflectionColumn };
} // namespace

ActionsView::ActionsView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_heading(new QLabel(this)),
      m_showDone(new QCheckBox(this)),
      m_tree(new QTreeWidget(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("actionsView"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_heading->setFont(big);
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReflectionColumn, QHeaderView::ResizeToContents);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showDone);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);

    connect(m_showDone, &QCheckBox::toggled, this, &ActionsView::refresh);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ActionsView::onItemChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ActionsView::onActivated);
    retranslate();
    (new StaleViewRefresher(this, [this] { refresh(); }))->watchReflections(database.changes());
}

void ActionsView::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void ActionsView::retranslate()
{
    m_heading->setText(tr("Actions"));
    m_showDone->setText(tr("Show &done actions"));
    m_tree->setHeaderLabels({tr("Action"), tr("Due"), tr("Reflection")});
    m_tree->setAccessibleName(tr("Actions"));
    m_tree->setAccessibleDescription(
        tr("Overdue, due soon, open and done actions. Space ticks one done; Enter opens its reflection."));
    m_showDone->setAccessibleDescription(tr("Also lists the actions you have done."));
    m_empty->setText(tr("No open actions. Actions you add to a reflection under “Now what?” appear here."));
    refresh();
}

void ActionsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActionsView::refresh()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto items = ActionStore(m_database).list(today, m_showDone->isChecked());
    m_filling = true;
    m_tree->clear();
    if (!items) {
        m_empty->setText(items.error());
        m_empty->show();
        m_filling = false;
        return;
    }
    struct Group {
        ActionStatus status;
        QString title;
        QTreeWidgetItem* item = nullptr;
    };
    QVector<Group> groups = {{ActionStatus::Overdue, tr("Overdue")},
                             {ActionStatus::DueSoon, tr("Due in the next 7 days")},
                             {ActionStatus::Open, tr("Open")},
                             {ActionStatus::Done, tr("Done")}};
    const QLocale locale;
    for (const ActionItem& entry : *items) {
        Group* group = nullptr;
        for (Group& g : groups) {
            if (g.status == entry.status)
                group = &g;
        }
        if (!group->item) {
            group->item = new QTreeWidgetItem(m_tree, {group->title});
            QFont bold = group->item->font(TextColumn);
            bold.setBold(true);
            group->item->setFont(TextColumn, bold);
            group->item->setFlags(Qt::ItemIsEnabled);
            group->item->setFirstColumnSpanned(true);
            if (entry.status == ActionStatus::Overdue)
                group->item->setForeground(TextColumn,
                                           StatusPalette::text(StatusPalette::Role::Error, m_tree->palette()));
        }
        auto* row = new QTreeWidgetItem(group->item);
        row->setText(TextColumn, entry.action.text);
        row->setCheckState(TextColumn, entry.action.done ? Qt::Checked : Qt::Unchecked);
        row->setText(DueColumn, entry.action.due.isValid() ? Phrasing::shortDate(entry.action.due, locale) : QString());
        row->setText(ReflectionColumn,
                     //: %1 is a title; %2 is a date.
                     tr("%1 (%2)").arg(entry.reflectionTitle.isEmpty() ? tr("Untitled") : entry.reflectionTitle,
                                       Phrasing::shortDate(entry.reflectionDate, locale)));
        row->setToolTip(ReflectionColumn, tr("Double-click to open the reflection."));
        row->setData(TextColumn, actionIdRole, entry.action.id);
        row->setData(TextColumn, reflectionIdRole, entry.reflectionId);
        row->setData(TextColumn, reflectionDateRole, entry.reflectionDate);
        if (entry.status == ActionStatus::Overdue)
            row->setForeground(DueColumn, StatusPalette::text(StatusPalette::Role::Error, m_tree->palette()));
    }
    m_tree->expandAll();
    m_tree->setVisible(!items->isEmpty());
    m_empty->setVisible(items->isEmpty());
    m_filling = false;
}

void ActionsView::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != TextColumn || !item->parent())
        return;
    const QString id = item->data(TextColumn, actionIdRole).toString();
    const bool ticked = item->checkState(TextColumn) == Qt::Checked;
    // The store announces the change; this view and the open editor follow it.
    if (auto done = ActionStore(m_database).setDone(id, ticked); !done) {
        MessageBox::warning(this, tr("Actions"), done.error());
        QMetaObject::invokeMethod(this, &ActionsView::refresh, Qt::QueuedConnection);
    }
}

void ActionsView::onActivated(QTreeWidgetItem* item)
{
    if (!item || !item->parent())
        return;
    emit openReflection(item->data(TextColumn, reflectionIdRole).toString(),
                        item->data(TextColumn, reflectionDateRole).toDate());
}

} // namespace myfyrio
