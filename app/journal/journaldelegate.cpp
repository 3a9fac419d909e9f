#include "app/journal/journaldelegate.h"

#include "app/failure/failuremarker.h"
#include "app/journal/journalmodel.h"
#include "core/i18n/phrasing.h"
#include "core/search/ftsquery.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace myfyrio {

namespace {

constexpr int padding = 8;
constexpr int lineGap = 3;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QString tagLine(const QStringList& tags)
{
    QStringList marked;
    for (const QString& tag : tags)
        marked.append(QStringLiteral("#") + tag);
    return marked.join(QStringLiteral("  "));
}

} // namespace

QSize JournalDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 300;
    if (index.data(JournalModel::IsMonthRole).toBool()) {
        const QFontMetrics fm(titleFont(option.font));
        return {width, fm.height() + 2 * padding + 4};
    }
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    int height = padding + title.height() + lineGap + small.height() + padding;
    if (!index.data(JournalModel::SnippetRole).toString().isEmpty())
        height += lineGap + 2 * small.height();
    return {width, height};
}

void JournalDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    if (index.data(JournalModel::IsMonthRole).toBool())
        paintMonth(painter, option, index);
    else
        paintReflection(painter, option, index);
    painter->restore();
}

void JournalDelegate::paintMonth(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& palette = option.palette;
    const QRect rect = option.rect.adjusted(0, 4, -padding, 0);
    QFont font = titleFont(option.font);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

    const QString count = QLocale().toString(index.data(JournalModel::CountRole).toInt());
    QFont countFont = smallFont(option.font);
    painter->setFont(countFont);
    const QFontMetrics fm(countFont);
    const int badgeWidth = fm.horizontalAdvance(count) + 14;
    const QRect badge(rect.right() - badgeWidth, rect.center().y() - fm.height() / 2 - 1, badgeWidth, fm.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Window).darker(108));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(badge, Qt::AlignCenter, count);
}

void JournalDelegate::paintReflection(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : option.palette.color(group, QPalette::PlaceholderText);

    QRect area = option.rect.adjusted(4, padding, -padding, -padding);
    const QFont title = titleFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics smallMetrics(small);

    // Title, with the date on the right.
    const QString date = Phrasing::shortDate(index.data(JournalModel::DateRole).toDate());
    painter->setFont(small);
    painter->setPen(muted);
    const int dateWidth = smallMetrics.horizontalAdvance(date);
    QRect titleRect(area.left(), area.top(), area.width() - dateWidth - 12, titleMetrics.height());
    painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, titleMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, date);

    const bool untitled = index.data(JournalModel::UntitledRole).toBool();
    QFont titleToDraw = title;
    titleToDraw.setItalic(untitled);
    painter->setFont(titleToDraw);
    painter->setPen(untitled ? muted : text);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    // Tags, and a mark for reflections to bring to supervision.
    int y = titleRect.bottom() + 1 + lineGap;
    painter->setFont(small);
    QString meta = tagLine(index.data(JournalModel::TagsRole).toStringList());
    if (index.data(JournalModel::SupervisionRole).toBool()) {
        //: Shown in the journal list on reflections marked to bring to supervision.
        const QString mark = tr("For supervision");
        meta = meta.isEmpty() ? mark : mark + QStringLiteral("  ·  ") + meta;
    }
    const int marker = FailureMarker::paint(painter, QRect(area.left(), y, area.width(), smallMetrics.height()),
                                            index.data(JournalModel::FailureReasonRole).toString());
    painter->setPen(selected ? text : option.palette.color(group, QPalette::Link));
    painter->drawText(QRect(area.left(), y, area.width() - marker, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, area.width() - marker));
    y += smallMetrics.height();

    // The search snippet, matches in bold.
    const QString snippet = index.data(JournalModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        y += lineGap;
        QTextDocument doc;
        doc.setDefaultFont(small);
        doc.setDocumentMargin(0);
        doc.setTextWidth(area.width());
        doc.setHtml(QStringLiteral("<span>%1</span>").arg(snippetToHtml(snippet)));
        painter->translate(area.left(), y);
        const QRect clip(0, 0, area.width(), 2 * smallMetrics.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, selected ? text : option.palette.color(group, QPalette::Text));
        context.clip = clip;
        painter->setClipRect(clip);
        doc.documentLayout()->draw(painter, context);
    }
}

} // namespace myfyrio
