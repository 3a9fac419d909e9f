#include "app/cards/sharedcardsdialog.h"

#include "app/dialogs/messagebox.h"
#include "core/learning/cardsharing.h"
#include "core/learning/sharedcardstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

SharedCardsDialog::SharedCardsDialog(const Database& database, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_intro(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_withdraw(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("SharedCardsDialog"));
    m_intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_withdraw, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_withdraw, &QPushButton::clicked, this, &SharedCardsDialog::withdrawSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SharedCardsDialog::updateButtons);
    connect(&database.changes(), &JournalChanges::learningCardsChanged, this, &SharedCardsDialog::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    retranslate();
    resize(760, 420);
}

void SharedCardsDialog::reload()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    auto cards = SharedCardStore(m_database).list();
    if (!cards) {
        m_intro->setText(cards.error());
        m_cards.clear();
        updateButtons();
        return;
    }
    m_cards = *cards;
    const QLocale locale;
    for (const SharedCard& card : std::as_const(m_cards)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, card.id);
        item->setText(0, card.title);
        item->setText(1, QDir::toNativeSeparators(card.folder));
        item->setToolTip(1, QDir::toNativeSeparators(card.folder));
        item->setText(2, locale.toString(card.sharedAt.toLocalTime().date(), QLocale::ShortFormat));
        //: %1 is the date the card was withdrawn.
        const QString withdrawn = tr("Withdrawn on %1");
        item->setText(3, card.isWithdrawn() ? withdrawn.arg(
                             locale.toString(card.withdrawnAt.toLocalTime().date(), QLocale::ShortFormat))
                                            : tr("Shared"));
        if (card.id == selected)
            m_list->setCurrentItem(item);
    }
    m_intro->setText(m_cards.isEmpty()
                         ? tr("This journal has not shared any learning cards yet. Open a reflection and "
                              "choose File ▸ Share as Learning Card.")
                         : tr("The learning cards this journal wrote. Withdrawing a card replaces its file with "
                              "a withdrawal record, so that every copy of the folder leaves it out."));
    updateButtons();
}

void SharedCardsDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    bool standing = false;
    if (item && item->isSelected()) {
        const QString id = item->data(0, Qt::UserRole).toString();
        for (const SharedCard& card : std::as_const(m_cards))
            standing = standing || (card.id == id && !card.isWithdrawn());
    }
    m_withdraw->setEnabled(standing);
}

void SharedCardsDialog::withdrawSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const SharedCard& card : std::as_const(m_cards)) {
        if (card.id != id || card.isWithdrawn())
            continue;
        const auto answer =
            MessageBox::question(this, tr("Withdraw Learning Card"),
                                 //: %1 is the card's title, %2 the folder it is in.
                                 tr("Withdraw the card “%1”? Its file in “%2” is replaced by a withdrawal record.")
                                     .arg(card.title, QDir::toNativeSeparators(card.folder)));
        if (answer != QMessageBox::Yes)
            return;
        if (auto withdrawn = CardSharing::withdraw(m_database, card.id, card.folder); !withdrawn)
            MessageBox::warning(this, tr("Withdraw Learning Card"), withdrawn.error());
        return;
    }
}

void SharedCardsDialog::retranslate()
{
    setWindowTitle(tr("Shared Learning Cards"));
    m_list->setHeaderLabels({tr("Title"), tr("Folder"), tr("Date shared"), tr("State")});
    m_list->setAccessibleName(tr("Learning cards this journal shared"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_close->setText(tr("Close"));
    reload();
}

void SharedCardsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace myfyrio
