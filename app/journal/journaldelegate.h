#pragma once

#include <QStyledItemDelegate>

namespace myfyrio {

/// Paints the journal list: month headings with their counts, and for each
/// reflection its title, its date in the interface language, its tags and,
/// while searching, a snippet with the matches in bold.
class JournalDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintMonth(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintReflection(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace myfyrio
