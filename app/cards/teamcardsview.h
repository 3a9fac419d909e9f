#pragma once

#include "core/learning/cardfilter.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace myfyrio {

class CardFilterProxy;
class CardListModel;

/// The cards themselves in the team view: a sortable list of the cards the
/// filter keeps (CardListModel through CardFilterProxy), how many that is, and
/// the card chosen in the list shown whole (CardHtml).
class TeamCardsView : public QWidget
{
    Q_OBJECT

public:
    explicit TeamCardsView(QWidget* parent = nullptr);

    void setCards(const QVector<LearningCard>& cards);
    void setCardFilter(const CardFilter& filter);
    /// The cards the filter keeps, in the list's order.
    QVector<LearningCard> shownCards() const;
    int shownCount() const;

    QTableView* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    QLabel* countLabel() const { return m_count; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCurrent();
    void updateCount();
    void fitColumns();
    void retranslate();

    CardListModel* m_model;
    CardFilterProxy* m_proxy;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_list;
    QTextBrowser* m_details;
};

} // namespace myfyrio
