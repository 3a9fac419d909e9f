#pragma once

#include "core/learning/learningcard.h"

#include <QAbstractTableModel>
#include <QVector>

namespace myfyrio {

/// The team view's learning cards as a table: one row a card, with its month,
/// title, place on the failure spectrum, system scale, language and author
/// label. Cells hold their whole text in the tooltip too, since titles may be
/// elided. CardFilterProxy filters and sorts it.
class CardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, TitleColumn, ReasonColumn, ScaleColumn, LanguageColumn, AuthorColumn, ColumnCount };
    /// The month as a QDate, for sorting by it.
    static constexpr int MonthRole = Qt::UserRole + 1;

    explicit CardListModel(QObject* parent = nullptr);

    void setCards(const QVector<LearningCard>& cards);
    const QVector<LearningCard>& cards() const { return m_cards; }
    const LearningCard& card(int row) const { return m_cards.at(row); }
    /// The card's CardMatcher::searchText(), folded once, when first asked for.
    const QString& searchText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Call when the interface language changed: the labels and months are retranslated.
    void retranslate();

private:
    QString text(const LearningCard& card, int column) const;

    QVector<LearningCard> m_cards;
    mutable QVector<QString> m_searchText;
    mutable QVector<bool> m_folded;
};

} // namespace myfyrio
