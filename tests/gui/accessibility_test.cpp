// Keyboard and screen readers: every view's Tab chain reaches each control
// once, in reading order, and every control it reaches has a name and a
// description in the interface language.
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "tests/gui/guihelpers.h"
#include "tests/gui/samplejournal.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

#include <cstdlib>

using namespace myfyrio;

namespace {

const QStringList views{QStringLiteral("journal"),  QStringLiteral("insight"),     QStringLiteral("actions"),
                        QStringLiteral("calendar"), QStringLiteral("on-this-day"), QStringLiteral("supervision")};

QString accessibleText(QWidget* w, QAccessible::Text kind)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(kind).trimmed() : QString();
}

QString describe(QWidget* w)
{
    return QStringLiteral("%1 “%2” (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), accessibleText(w, QAccessible::Name));
}

QWidget* currentView(MainWindow& window)
{
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    return stack->currentWidget();
}

/// The controls Tab reaches from the first one in the view, until focus leaves the view or comes back.
QVector<QWidget*> tabChain(QWidget* view)
{
    QWidget* first = nullptr;
    for (QWidget* w = view->nextInFocusChain(); w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            first = w;
            break;
        }
    }
    QVector<QWidget*> chain;
    if (!first)
        return chain;
    first->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    for (int step = 0; step < 300; ++step) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || !view->isAncestorOf(focus))
            break;
        // A date field takes Tab from section to section before it lets go.
        if (!chain.isEmpty() && chain.last() == focus) {
            QTest::keyClick(focus, Qt::Key_Tab);
            QCoreApplication::processEvents();
            continue;
        }
        if (chain.contains(focus))
            break;
        chain.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    return chain;
}

/// Every control a person could Tab to in the view.
QVector<QWidget*> focusable(QWidget* view)
{
    QVector<QWidget*> all;
    for (QWidget* w : view->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            all.append(w);
    }
    return all;
}

/// Qt 6.4's accessible tab bar reports only its current tab's name, never a
/// description; what a person hears about a tab is its tooltip, so every tab has one.
bool tabsDescribed(QWidget* w)
{
    auto* bar = qobject_cast<QTabBar*>(w);
    if (!bar || bar->count() == 0)
        return false;
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabToolTip(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

/// The pane of the view a control sits in: the child of the outermost splitter that holds it.
QWidget* paneOf(QWidget* w, QWidget* view)
{
    QWidget* pane = view;
    for (QWidget* p = w; p && p != view; p = p->parentWidget()) {
        if (qobject_cast<QSplitter*>(p->parentWidget()))
            pane = p;
    }
    return pane;
}

/// Where a control is, in the coordinates of the view, as if nothing were
/// scrolled: the content of a scroll area is anchored at its viewport.
QRect place(QWidget* w, QWidget* view)
{
    QWidget* root = view;
    for (QWidget* p = w->parentWidget(); p && p != view; p = p->parentWidget()) {
        QWidget* viewport = p->parentWidget();
        auto* area = viewport ? qobject_cast<QScrollArea*>(viewport->parentWidget()) : nullptr;
        if (area && area->widget() == p) {
            root = p;
            break;
        }
    }
    const QPoint anchor = root == view ? QPoint() : root->parentWidget()->mapTo(view, QPoint(0, 0));
    return {anchor + w->mapTo(root, QPoint(0, 0)), w->size()};
}

/// Where the chain goes back against reading order: up, or leftwards on the
/// same line, within one pane; or from a right-hand pane back to a left one.
QStringList outOfOrder(const QVector<QWidget*>& chain, QWidget* view)
{
    QStringList wrong;
    for (int i = 1; i < chain.size(); ++i) {
        QWidget* a = chain.at(i - 1);
        QWidget* b = chain.at(i);
        const QRect ra = place(a, view);
        const QRect rb = place(b, view);
        QWidget* pa = paneOf(a, view);
        QWidget* pb = paneOf(b, view);
        bool ok = true;
        if (a->isAncestorOf(b)) {
            ok = true; // into a container's content
        } else if (pa != pb) {
            ok = pb->mapTo(view, QPoint(0, 0)).x() >= pa->mapTo(view, QPoint(0, 0)).x();
        } else {
            const bool sameLine = std::abs(rb.center().y() - ra.center().y()) < std::max(ra.height(), rb.height()) / 2;
            ok = sameLine ? rb.left() >= ra.left() : rb.top() >= ra.top();
        }
        if (!ok)
            wrong << describe(a) + QStringLiteral(" → ") + describe(b);
    }
    return wrong;
}

void openFirstReflection(MainWindow& window)
{
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    REQUIRE(window.journal()->editor()->hasReflection());
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Every control Tab reaches has an accessible name and description", "[gui][accessibility]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openFirstReflection(window);
    for (const QString& id : views) {
        REQUIRE(window.showView(id));
        QCoreApplication::processEvents();
        QStringList unnamed;
        QStringList undescribed;
        for (QWidget* w : focusable(currentView(window))) {
            if (accessibleText(w, QAccessible::Name).isEmpty())
                unnamed << describe(w);
            if (accessibleText(w, QAccessible::Description).isEmpty() && !tabsDescribed(w))
                undescribed << describe(w);
        }
        INFO("language " << language.toStdString() << ", view " << id.toStdString());
        INFO("without a name: " << unnamed.join(QStringLiteral(", ")).toStdString());
        CHECK(unnamed.isEmpty());
        INFO("without a description: " << undescribed.join(QStringLiteral(", ")).toStdString());
        CHECK(undescribed.isEmpty());
    }
    window.close();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Tab walks every control of each view once, in reading order", "[gui][accessibility]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    openFirstReflection(window);
    for (const QString& id : views) {
        REQUIRE(window.showView(id));
        QCoreApplication::processEvents();
        QWidget* view = currentView(window);
        const QVector<QWidget*> chain = tabChain(view);
        QStringList walked;
        for (QWidget* w : chain)
            walked << describe(w);
        INFO("view " << id.toStdString() << ", Tab order: " << walked.join(QStringLiteral(" → ")).toStdString());
        QStringList missed;
        for (QWidget* w : focusable(view)) {
            if (!chain.contains(w))
                missed << describe(w);
        }
        INFO("not reached by Tab: " << missed.join(QStringLiteral(", ")).toStdString());
        CHECK(missed.isEmpty());
        CHECK(!chain.isEmpty());
        const QStringList wrong = outOfOrder(chain, view);
        INFO("against reading order: " << wrong.join(QStringLiteral("; ")).toStdString());
        CHECK(wrong.isEmpty());
    }
    window.close();
}

TEST_CASE("Tab never types a tab in a text field; Ctrl+Tab does in the body", "[gui][accessibility]")
{
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    openFirstReflection(window);
    for (const QString& id : views) {
        REQUIRE(window.showView(id));
        for (auto* plain : currentView(window)->findChildren<QPlainTextEdit*>()) {
            INFO("view " << id.toStdString() << ", " << describe(plain).toStdString());
            CHECK((plain->tabChangesFocus() || plain->isReadOnly()));
        }
        for (auto* text : currentView(window)->findChildren<QTextEdit*>()) {
            INFO("view " << id.toStdString() << ", " << describe(text).toStdString());
            CHECK((text->tabChangesFocus() || text->isReadOnly()));
        }
    }
    REQUIRE(window.showView(QStringLiteral("journal")));
    QPlainTextEdit* body = window.journal()->editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const QString before = body->toPlainText();
    QTest::keyClick(body, Qt::Key_Tab);
    CHECK(body->toPlainText() == before);
    CHECK(QApplication::focusWidget() != body);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(body->toPlainText() == before + QLatin1Char('\t'));
    CHECK(QApplication::focusWidget() == body);
    window.close();
}
