#include "tests/gui/clipcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <functional>

namespace myfyrio::test {

namespace {

/// One pixel either way is rounding, not clipping.
constexpr int slack = 1;

QString describe(const QWidget* w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QStringLiteral(" #") + w->objectName();
    return name;
}

/// The text as drawn: a single & is an access key, && a literal ampersand.
QString drawn(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int widest(const QFontMetrics& metrics, const QString& text)
{
    int width = 0;
    for (const QString& line : drawn(text).split(QLatin1Char('\n')))
        width = qMax(width, metrics.horizontalAdvance(line));
    return width;
}

QString quoted(const QString& text)
{
    const QString one = drawn(text).simplified();
    return QStringLiteral("“%1”").arg(one.size() > 50 ? one.left(49) + QChar(0x2026) : one);
}

/// True when the widget is one of those that elide on purpose: they must then
/// give the whole text in their tooltip.
bool elidesOnPurpose(const QWidget* w)
{
    return qstrcmp(w->metaObject()->className(), "myfyrio::SaveStateLabel") == 0;
}

/// The parents that cut this widget off: any parent it sticks out of, except
/// that inside a scroll area's viewport only sideways counts.
void checkInsideParents(const QWidget* w, const QString& text, QStringList& problems)
{
    const QWidget* window = w->window();
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        const QRect r(w->mapTo(p, QPoint(0, 0)), w->size());
        const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
        const bool viewport = area && area->viewport() == p;
        const bool sideways = r.left() < -slack || r.right() > p->width() - 1 + slack;
        const bool downwards = !viewport && (r.top() < -slack || r.bottom() > p->height() - 1 + slack);
        if (sideways || downwards) {
            problems << QStringLiteral("%1 %2 sticks out of %3 (%4,%5 %6×%7 in %8×%9)")
                            .arg(describe(w), quoted(text), describe(p))
                            .arg(r.x())
                            .arg(r.y())
                            .arg(r.width())
                            .arg(r.height())
                            .arg(p->width())
                            .arg(p->height());
            return;
        }
        if (viewport)
            return; // the scroll area itself is checked for sideways scrolling
    }
}

void checkLabel(QLabel* label, QStringList& problems)
{
    const QString text = label->text();
    if (text.isEmpty())
        return;
    if (elidesOnPurpose(label)) {
        if (widest(label->fontMetrics(), text) > label->contentsRect().width() + slack && label->toolTip() != text)
            problems
                << QStringLiteral("%1 %2 is elided without its text in the tooltip").arg(describe(label), quoted(text));
        return;
    }
    const bool rich =
        label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    const int margins = 2 * label->margin() + qMax(0, label->indent());
    const QRect room = label->contentsRect().adjusted(0, 0, -margins, 0);
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + slack)
            problems << QStringLiteral("%1 %2 is cut at the bottom (%3 of %4 px high)")
                            .arg(describe(label), quoted(text))
                            .arg(label->height())
                            .arg(needed);
        if (!rich) {
            for (const QString& word : drawn(text).split(QRegularExpression(QStringLiteral("\\s+")))) {
                if (label->fontMetrics().horizontalAdvance(word) > room.width() + slack) {
                    problems << QStringLiteral("%1: the word “%2” is wider than the line (%3 px)")
                                    .arg(describe(label), word)
                                    .arg(room.width());
                    break;
                }
            }
        }
    } else {
        QSize needed;
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            needed = document.size().toSize();
        } else {
            needed = label->fontMetrics().size(label->buddy() ? Qt::TextShowMnemonic : 0, text);
        }
        if (needed.width() > room.width() + slack)
            problems << QStringLiteral("%1 %2 is cut (%3 of %4 px wide)")
                            .arg(describe(label), quoted(text))
                            .arg(room.width())
                            .arg(needed.width());
        else if (needed.height() > room.height() + slack)
            problems << QStringLiteral("%1 %2 is cut at the bottom (%3 of %4 px high)")
                            .arg(describe(label), quoted(text))
                            .arg(room.height())
                            .arg(needed.height());
    }
    checkInsideParents(label, text, problems);
}

/// The width the text and icon of a button need, and the room its style gives them.
void checkButton(QAbstractButton* button, QStringList& problems)
{
    const QString text = button->text();
    if (text.isEmpty())
        return;
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = text;
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    int room = button->width();
    int needed = widest(button->fontMetrics(), text);
    if (!button->icon().isNull())
        needed += button->iconSize().width() + 4;
    if (auto* tool = qobject_cast<QToolButton*>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        needed = tool->sizeHint().width();
    } else if (qobject_cast<QCheckBox*>(button)) {
        room = button->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, button).width();
    } else if (qobject_cast<QRadioButton*>(button)) {
        room = button->style()->subElementRect(QStyle::SE_RadioButtonContents, &option, button).width();
    } else if (auto* push = qobject_cast<QPushButton*>(button)) {
        if (push->isFlat())
            option.features |= QStyleOptionButton::Flat;
        room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
        if (push->menu())
            room -= button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
    } else {
        needed = button->sizeHint().width();
    }
    if (needed > room + slack)
        problems
            << QStringLiteral("%1 %2 is cut (%3 of %4 px)").arg(describe(button), quoted(text)).arg(room).arg(needed);
    checkInsideParents(button, text, problems);
}

void checkTabs(QTabBar* bar, QStringList& problems)
{
    const bool vertical = bar->shape() == QTabBar::RoundedWest || bar->shape() == QTabBar::RoundedEast
                          || bar->shape() == QTabBar::TriangularWest || bar->shape() == QTabBar::TriangularEast;
    const int space =
        bar->style()->pixelMetric(vertical ? QStyle::PM_TabBarTabVSpace : QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect tab = bar->tabRect(i);
        int needed = widest(bar->fontMetrics(), bar->tabText(i)) + space;
        if (!bar->tabIcon(i).isNull())
            needed += bar->iconSize().width() + 4;
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
            if (QWidget* extra = bar->tabButton(i, side))
                needed += extra->sizeHint().width();
        const int room = vertical ? tab.height() : tab.width();
        const int end = vertical ? tab.bottom() : tab.right();
        const int length = vertical ? bar->height() : bar->width();
        if (needed > room + slack || end > length - 1 + slack || (vertical ? tab.top() : tab.left()) < 0)
            problems << QStringLiteral("tab %1 of %2 is cut (%3 of %4 px, ends at %5 of %6)")
                            .arg(quoted(bar->tabText(i)), describe(bar))
                            .arg(room)
                            .arg(needed)
                            .arg(end)
                            .arg(length);
    }
    for (QToolButton* scroller : bar->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly))
        if (scroller->isVisible() && scroller->arrowType() != Qt::NoArrow) {
            problems << QStringLiteral("%1 scrolls its tabs").arg(describe(bar));
            break;
        }
}

/// Each cell of a column shows its text whole, or elides it and gives the
/// whole text in its tooltip (the parties of an agreement, a long title).
void checkCells(QAbstractItemView* items, int column, const QString& heading, QStringList& problems)
{
    QAbstractItemModel* model = items->model();
    auto* tree = qobject_cast<QTreeView*>(items);
    const std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, column, parent);
            const QRect cell = items->visualRect(index);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (!text.isEmpty() && cell.isValid()) {
                const int needed = items->sizeHintForIndex(index).width();
                const bool tooltip = index.data(Qt::ToolTipRole).toString().contains(text);
                if (needed > cell.width() + slack && !tooltip)
                    problems << QStringLiteral("cell %1 in column %2 of %3 is cut (%4 of %5 px)")
                                    .arg(quoted(text), quoted(heading), describe(items))
                                    .arg(cell.width())
                                    .arg(needed);
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (tree && tree->isExpanded(first))
                rows(first);
        }
    };
    rows(items->rootIndex());
}

void checkHeader(QHeaderView* header, QStringList& problems)
{
    QAbstractItemModel* model = header->model();
    if (!model)
        return;
    const Qt::Orientation orientation = header->orientation();
    auto* items = qobject_cast<QAbstractItemView*>(header->parentWidget());
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = model->headerData(section, orientation, Qt::DisplayRole).toString();
        const int size = header->sectionSize(section);
        const int start = header->sectionViewportPosition(section);
        if (!text.isEmpty()) {
            // What QHeaderView itself asks for this section's text, in its orientation.
            const int needed =
                orientation == Qt::Horizontal ? header->sectionSizeHint(section) : header->sizeHint().width();
            const int room = orientation == Qt::Horizontal ? size : header->width();
            if (needed > room + slack)
                problems << QStringLiteral("header %1 of %2 is cut (%3 of %4 px)")
                                .arg(quoted(text), describe(items ? static_cast<QWidget*>(items) : header))
                                .arg(room)
                                .arg(needed);
            const int length = orientation == Qt::Horizontal ? header->width() : header->height();
            auto* area = qobject_cast<QAbstractScrollArea*>(items);
            const bool scrolls = area
                                 && (orientation == Qt::Horizontal ? area->horizontalScrollBar()->isVisible()
                                                                   : area->verticalScrollBar()->isVisible());
            if (!scrolls && start >= 0 && start + size > length + slack)
                problems << QStringLiteral("header %1 of %2 runs past the end (%3 + %4 of %5 px)")
                                .arg(quoted(text), describe(items ? static_cast<QWidget*>(items) : header))
                                .arg(start)
                                .arg(size)
                                .arg(length);
        }
        if (items && orientation == Qt::Horizontal)
            checkCells(items, section, text, problems);
    }
}

/// A plain list (the view switcher): every item as wide as the viewport allows.
void checkList(QListView* list, QStringList& problems)
{
    if (!list->model() || list->viewMode() != QListView::ListMode || list->horizontalScrollBar()->isVisible())
        return;
    const int room = list->viewport()->width();
    for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row) {
        const QModelIndex index = list->model()->index(row, list->modelColumn(), list->rootIndex());
        if (list->isRowHidden(row))
            continue;
        const int needed = list->sizeHintForIndex(index).width() + 2 * list->spacing();
        if (needed > room + slack)
            problems << QStringLiteral("item %1 of %2 is cut (%3 of %4 px)")
                            .arg(quoted(index.data().toString()), describe(list))
                            .arg(room)
                            .arg(needed);
    }
}

/// The hint an empty line edit shows in place of text.
void checkPlaceholder(QLineEdit* edit, QStringList& problems)
{
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    room.adjust(margins.left() + 2, 0, -margins.right() - 2, 0);
    // Actions (the search icon, the clear button) take room from the text.
    for (QWidget* child : edit->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible())
            continue;
        if (child->x() < edit->width() / 2)
            room.setLeft(qMax(room.left(), child->geometry().right() + 1));
        else
            room.setRight(qMin(room.right(), child->x() - 1));
    }
    const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (needed > room.width() + slack)
        problems << QStringLiteral("%1 hint %2 is cut (%3 of %4 px)")
                        .arg(describe(edit), quoted(edit->placeholderText()))
                        .arg(room.width())
                        .arg(needed);
}

void checkCombo(QComboBox* combo, QStringList& problems)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = combo->currentText();
    option.frame = combo->hasFrame();
    option.editable = false;
    const int room =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
    int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > room + slack)
        problems << QStringLiteral("%1 shows %2 cut (%3 of %4 px)")
                        .arg(describe(combo), quoted(combo->currentText()))
                        .arg(room)
                        .arg(needed);
    checkInsideParents(combo, combo->currentText(), problems);
}

void checkGroup(QGroupBox* group, QStringList& problems)
{
    if (group->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(group);
    option.text = group->title();
    option.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
    if (group->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    const QRect label = group->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, group);
    if (label.right() > group->width() - 1 + slack)
        problems << QStringLiteral("%1 title %2 is cut (ends at %3 of %4 px)")
                        .arg(describe(group), quoted(group->title()))
                        .arg(label.right())
                        .arg(group->width());
}

/// A status bar message is drawn beside the permanent widgets.
void checkStatusBar(QStatusBar* bar, QStringList& problems)
{
    const QString message = bar->currentMessage();
    if (message.isEmpty())
        return;
    int room = bar->width() - 8;
    for (QWidget* child : bar->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (child->isVisible() && child->x() > 0)
            room = qMin(room, child->x() - 8);
    const int needed = bar->fontMetrics().horizontalAdvance(message);
    if (needed > room + slack)
        problems << QStringLiteral("the status bar message %1 is cut (%2 of %3 px)")
                        .arg(quoted(message))
                        .arg(room)
                        .arg(needed);
}

} // namespace

QStringList clippedTexts(QWidget* window)
{
    QStringList problems;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            checkLabel(label, problems);
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            checkButton(button, problems);
        else if (auto* bar = qobject_cast<QTabBar*>(w))
            checkTabs(bar, problems);
        else if (auto* header = qobject_cast<QHeaderView*>(w))
            checkHeader(header, problems);
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            checkCombo(combo, problems);
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            checkGroup(group, problems);
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            checkPlaceholder(edit, problems);
        else if (auto* status = qobject_cast<QStatusBar*>(w))
            checkStatusBar(status, problems);
        if (auto* list = qobject_cast<QListView*>(w))
            checkList(list, problems);
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w); area && area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1 scrolls sideways").arg(describe(area));
    }
    problems.removeDuplicates();
    return problems;
}

QStringList settledProblems(const std::function<QStringList()>& check)
{
    QStringList problems = check();
    QElapsedTimer waited;
    waited.start();
    while (!problems.isEmpty() && waited.elapsed() < 3000) {
        QTest::qWait(50);
        problems = check();
    }
    return problems;
}

} // namespace myfyrio::test
