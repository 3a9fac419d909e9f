#include "app/cards/teamcardsview.h"

#include "app/cards/cardfilterproxy.h"
#include "app/cards/cardhtml.h"
#include "app/cards/cardlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace myfyrio {

TeamCardsView::TeamCardsView(QWidget* parent)
    : QWidget(parent),
      m_model(new CardListModel(this)),
      m_proxy(new CardFilterProxy(m_model, this)),
      m_count(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_list(new QTableView(m_splitter)),
      m_details(new QTextBrowser(m_splitter))
{
    setObjectName(QStringLiteral("teamCards"));
    m_list->setObjectName(QStringLiteral("cardList"));
    m_details->setObjectName(QStringLiteral("cardDetails"));
    m_count->setObjectName(QStringLiteral("cardCount"));
    m_count->setWordWrap(true);
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().lineSpacing() + 6);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(CardListModel::MonthColumn, Qt::DescendingOrder);
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CardListModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_details->setOpenLinks(false);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addWidget(m_splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamCardsView::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TeamCardsView::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TeamCardsView::showCurrent);
    retranslate();
}

void TeamCardsView::setCards(const QVector<LearningCard>& cards)
{
    m_model->setCards(cards);
    fitColumns();
    updateCount();
    showCurrent();
}

void TeamCardsView::setCardFilter(const CardFilter& filter)
{
    m_proxy->setCardFilter(filter);
    updateCount();
    showCurrent();
}

int TeamCardsView::shownCount() const
{
    return m_proxy->rowCount();
}

QVector<LearningCard> TeamCardsView::shownCards() const
{
    QVector<LearningCard> cards;
    const int rows = m_proxy->rowCount();
    cards.reserve(rows);
    for (int row = 0; row < rows; ++row)
        cards.append(m_model->card(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return cards;
}

void TeamCardsView::showCurrent()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg((m_proxy->rowCount() == 0 ? tr("No card is shown.")
                                                              : tr("Choose a card in the list to read it whole."))
                                        .toHtmlEscaped()));
        return;
    }
    m_details->setHtml(CardHtml::build(m_model->card(m_proxy->mapToSource(current).row())));
}

void TeamCardsView::fitColumns()
{
    // Every column but the title as wide as its header and the first rows'
    // cells (QHeaderView's resizeContentsPrecision); the title takes the rest,
    // and a cut cell holds its whole text in its tooltip.
    for (int column = 0; column < CardListModel::ColumnCount; ++column) {
        if (column != CardListModel::TitleColumn)
            m_list->resizeColumnToContents(column);
    }
}

void TeamCardsView::updateCount()
{
    const QLocale locale;
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all) {
        //: %1 is a number of learning cards.
        m_count->setText(tr("Cards in the folders: %1. Choose one to read it whole.").arg(locale.toString(all)));
    } else {
        //: %1 is how many cards the filters keep, %2 how many the folders hold.
        const QString text = tr("Cards the filters keep: %1. Cards in the folders: %2.");
        m_count->setText(text.arg(locale.toString(shown), locale.toString(all)));
    }
}

void TeamCardsView::retranslate()
{
    m_list->setAccessibleName(tr("Learning cards"));
    m_list->setAccessibleDescription(tr("The cards the filters keep. Choose one to read it whole below."));
    m_details->setAccessibleName(tr("The chosen learning card"));
    m_details->setAccessibleDescription(tr("The whole of the card chosen in the list."));
    m_model->retranslate();
    m_proxy->retranslate();
    fitColumns();
    updateCount();
    showCurrent();
}

void TeamCardsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
