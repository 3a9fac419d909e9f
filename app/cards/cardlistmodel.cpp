#include "app/cards/cardlistmodel.h"

#include "app/cards/cardhtml.h"
#include "core/learning/cardmatcher.h"

#include <QLocale>

namespace myfyrio {

CardListModel::CardListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CardListModel::setCards(const QVector<LearningCard>& cards)
{
    beginResetModel();
    m_cards = cards;
    m_searchText = QVector<QString>(cards.size());
    m_folded = QVector<bool>(cards.size(), false);
    endResetModel();
}

const QString& CardListModel::searchText(int row) const
{
    if (!m_folded.at(row)) {
        m_searchText[row] = CardMatcher::searchText(m_cards.at(row));
        m_folded[row] = true;
    }
    return m_searchText.at(row);
}

int CardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

int CardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CardListModel::text(const LearningCard& card, int column) const
{
    switch (column) {
    case MonthColumn:
        return CardHtml::monthLabel(card.month);
    case TitleColumn:
        return card.title;
    case ReasonColumn:
        return card.failure ? FailureSpectrum::label(card.failure->reason) : tr("Not placed");
    case ScaleColumn:
        return CardHtml::scaleLabel(card.scale);
    case LanguageColumn:
        return CardHtml::languageName(card.language);
    case AuthorColumn:
        return card.author;
    default:
        return {};
    }
}

QVariant CardListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const LearningCard& card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(card, index.column());
    case Qt::AccessibleTextRole:
        return text(card, index.column());
    case MonthRole:
        return card.month;
    default:
        return {};
    }
}

QVariant CardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case TitleColumn:
        return tr("Title");
    case ReasonColumn:
        return tr("Reason");
    case ScaleColumn:
        return tr("Scale");
    case LanguageColumn:
        return tr("Language");
    case AuthorColumn:
        return tr("Author");
    default:
        return {};
    }
}

void CardListModel::retranslate()
{
    if (!m_cards.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace myfyrio
