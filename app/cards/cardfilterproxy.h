#pragma once

#include "core/learning/cardmatcher.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace myfyrio {

class CardListModel;

/// Keeps the rows of a CardListModel that a CardFilter keeps (CardMatcher, with
/// each card's text folded once) and sorts them: months by date, text with
/// QCollator in the interface language (Welsh digraphs are letters), ties by
/// the latest month, then by title.
class CardFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CardFilterProxy(CardListModel* cards, QObject* parent = nullptr);

    void setCardFilter(const CardFilter& filter);
    const CardFilter& cardFilter() const { return m_matcher.filter(); }
    /// Call when the interface language changed: sorts with its collation again.
    void retranslate();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    CardListModel* m_cards;
    CardMatcher m_matcher;
    QCollator m_collator;
};

} // namespace myfyrio
