#include "app/trash/trashdialog.h"

#include "app/dialogs/messagebox.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/trashkeeper.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

TrashDialog::TrashDialog(const Database& database, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_intro(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_empty(new QLabel(this)),
      m_restore(new QPushButton(this)),
      m_delete(new QPushButton(this)),
      m_emptyTrash(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("TrashDialog"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreFromTrash"));
    m_delete->setObjectName(QStringLiteral("deleteForGood"));
    m_emptyTrash->setObjectName(QStringLiteral("emptyTrash"));
    m_restore->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_emptyTrash);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &TrashDialog::deleteSelected);
    connect(m_emptyTrash, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &TrashDialog::restoreSelected);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &TrashDialog::deleteSelected);
    connect(&database.changes(), &JournalChanges::trashChanged, this, &TrashDialog::reload);
    connect(&database.changes(), &JournalChanges::journalReplaced, this, &TrashDialog::reload);

    retranslate();
    resize(720, 440);
}

void TrashDialog::retranslate()
{
    setWindowTitle(tr("Trash"));
    //: %n is how many days deleted reflections are kept.
    m_intro->setText(tr("Deleted reflections wait here for %n day(s) and are then deleted for good, after a backup "
                        "of your journal. Restore puts a reflection back in your journal.",
                        nullptr, TrashStore::keepDays));
    m_list->setHeaderLabels({tr("Title"), tr("Reflection date"), tr("Deleted")});
    m_list->setAccessibleName(tr("Reflections in the trash"));
    m_empty->setText(tr("The trash is empty."));
    m_restore->setText(tr("&Restore"));
    m_delete->setText(tr("&Delete for Good…"));
    m_emptyTrash->setText(tr("&Empty Trash…"));
    m_close->setText(tr("&Close"));
    reload();
}

void TrashDialog::reload()
{
    const QStringList keep = selectedIds();
    auto listed = TrashStore(m_database).list();
    m_items = listed ? listed.value() : QVector<TrashItem>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const TrashItem& item : std::as_const(m_items)) {
        const QString title = item.title.isEmpty() ? tr("Untitled reflection") : item.title;
        const QString date =
            item.date.isValid() ? locale.toString(item.date, QLocale::ShortFormat) : tr("Not a valid date");
        auto* row = new QTreeWidgetItem(
            m_list, {title, date, locale.toString(item.deleted.toLocalTime(), QLocale::ShortFormat)});
        row->setData(0, Qt::UserRole, item.id);
        row->setToolTip(0, title);
        row->setSelected(keep.contains(item.id));
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    if (!listed)
        m_empty->setText(listed.error());
    m_list->setVisible(!m_items.isEmpty());
    m_empty->setVisible(m_items.isEmpty());
    updateButtons();
}

void TrashDialog::updateButtons()
{
    const bool chosen = !selectedIds().isEmpty();
    m_restore->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_emptyTrash->setEnabled(!m_items.isEmpty());
}

QStringList TrashDialog::selectedIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toString());
    return ids;
}

void TrashDialog::restoreSelected()
{
    const ReflectionStore store(m_database);
    for (const QString& id : selectedIds()) {
        auto back = store.restoreFromTrash(id);
        if (!back) {
            showError(back.error());
            return;
        }
        emit restored(back->id, back->date);
    }
}

void TrashDialog::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString title;
    for (const TrashItem& item : std::as_const(m_items)) {
        if (item.id == ids.constFirst())
            title = item.title.isEmpty() ? tr("Untitled reflection") : item.title;
    }
    QString question;
    if (ids.size() == 1)
        //: %1 is the title of the reflection in the trash.
        question = tr("Delete “%1” for good?").arg(title);
    else
        //: %n is how many reflections are chosen in the trash.
        question = tr("Delete the %n chosen reflection(s) for good?", nullptr, static_cast<int>(ids.size()));
    QMessageBox box(QMessageBox::Warning, tr("Delete for Good"), question, QMessageBox::NoButton, this);
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton* remove = box.addButton(tr("Delete for Good"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    if (MessageBox::exec(box) != remove)
        return;
    const TrashStore trash(m_database);
    for (const QString& id : ids) {
        if (auto gone = trash.purge(id); !gone && gone.code() != FailureCode::gone) {
            showError(gone.error());
            return;
        }
    }
}

void TrashDialog::emptyTrash()
{
    if (m_items.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Empty Trash"),
                    //: %n is how many reflections are in the trash.
                    tr("Delete all %n reflection(s) in the trash for good?", nullptr, static_cast<int>(m_items.size())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("A backup of your journal is made first, in the “backups” folder beside it. The trash "
                              "cannot be put back otherwise."));
    QPushButton* empty = box.addButton(tr("Empty Trash"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    if (MessageBox::exec(box) != empty)
        return;
    if (auto emptied = TrashKeeper::emptyAfterBackup(m_database); !emptied)
        //: %1 is the reason, a whole sentence.
        showError(tr("The trash was not emptied, and nothing in it was deleted. %1").arg(emptied.error()));
}

void TrashDialog::showError(const QString& message)
{
    MessageBox::warning(this, tr("Trash"), message);
}

void TrashDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace myfyrio
