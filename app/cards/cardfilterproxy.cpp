#include "app/cards/cardfilterproxy.h"

#include "app/cards/cardlistmodel.h"
#include "core/journal/systemscale.h"

#include <QDate>

namespace myfyrio {

CardFilterProxy::CardFilterProxy(CardListModel* cards, QObject* parent) : QSortFilterProxyModel(parent), m_cards(cards)
{
    setSourceModel(cards);
    retranslate();
}

void CardFilterProxy::setCardFilter(const CardFilter& filter)
{
    m_matcher = CardMatcher(filter);
    invalidateRowsFilter();
}

void CardFilterProxy::retranslate()
{
    m_collator = QCollator(QLocale());
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

bool CardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const LearningCard& card = m_cards->card(sourceRow);
    if (!m_matcher.searchesText())
        return m_matcher.matches(card);
    return m_matcher.matches(card, m_cards->searchText(sourceRow));
}

namespace {

/// Where a card sits on the spectrum, blameworthy first, cards not placed last.
int spectrumOrder(const LearningCard& card)
{
    return card.failure ? FailureSpectrum::position(card.failure->reason) : 100;
}

/// Scales smallest first, cards without one last.
int scaleOrder(const LearningCard& card)
{
    const int position = static_cast<int>(SystemScale::codes().indexOf(card.scale));
    return position < 0 ? 100 : position;
}

} // namespace

bool CardFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const LearningCard& a = m_cards->card(left.row());
    const LearningCard& b = m_cards->card(right.row());
    int order = 0;
    switch (left.column()) {
    case CardListModel::TitleColumn:
        order = m_collator.compare(a.title, b.title);
        break;
    case CardListModel::ReasonColumn:
        order = spectrumOrder(a) - spectrumOrder(b);
        break;
    case CardListModel::ScaleColumn:
        order = scaleOrder(a) - scaleOrder(b);
        break;
    case CardListModel::LanguageColumn:
        order = a.language.compare(b.language);
        break;
    case CardListModel::AuthorColumn:
        order = m_collator.compare(a.author, b.author);
        break;
    default:
        order = a.month < b.month ? -1 : (b.month < a.month ? 1 : 0);
        break;
    }
    if (order != 0)
        return order < 0;
    // Equal cards keep one order whichever way the column is sorted: the
    // latest month first, then by title, then by id.
    const auto before = [this](const LearningCard& x, const LearningCard& y) {
        if (x.month != y.month)
            return x.month > y.month;
        const int byTitle = m_collator.compare(x.title, y.title);
        return byTitle != 0 ? byTitle < 0 : x.id < y.id;
    };
    return sortOrder() == Qt::DescendingOrder ? before(b, a) : before(a, b);
}

} // namespace myfyrio
