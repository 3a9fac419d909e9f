#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

/// The & letters used more than once among these actions.
QStringList clashes(const QList<QAction*>& actions)
{
    QMap<QString, QStringList> byLetter;
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        if (!mnemonic.isEmpty())
            byLetter[mnemonic.toString()] << action->text();
    }
    QStringList result;
    for (auto it = byLetter.constBegin(); it != byLetter.constEnd(); ++it) {
        if (it.value().size() > 1)
            result << it.value().join(QStringLiteral(" / "));
    }
    return result;
}

} // namespace

TEST_CASE("No two items of a menu share an access key in Welsh or English", "[gui][mainwindow]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    QList<QAction*> menus = window.menuBar()->actions();
    INFO("language " << language.toStdString()
                     << ", menu bar: " << clashes(menus).join(QStringLiteral("; ")).toStdString());
    CHECK(clashes(menus).isEmpty());
    for (QAction* menuAction : menus) {
        REQUIRE(menuAction->menu());
        const QStringList found = clashes(menuAction->menu()->actions());
        INFO("menu " << menuAction->text().toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString());
        CHECK(found.isEmpty());
    }
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The journal's editor and the menu bar share no access key in Welsh or English", "[gui][editor]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    Reflection r;
    r.title = QStringLiteral("Handover");
    r.date = QDate(2024, 4, 2);
    r.model = QStringLiteral("failure");
    r.failure = FailurePlacement{};
    r.failure->blameFelt = 2;
    r.actions = {Action{{}, QStringLiteral("Ask for a checklist"), {}, false, {}, {}}};
    REQUIRE(ReflectionStore(*db).add(r).ok());
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    REQUIRE(window.journal()->editor()->hasReflection());

    // Access keys work through the whole window: the menu titles, and every label with a
    // buddy and every button shown in the editor.
    QList<QAction*> keyed = window.menuBar()->actions();
    QList<QAction*> owned;
    for (QWidget* widget : window.journal()->editor()->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        if (text.isEmpty())
            continue;
        auto* action = new QAction(text, &window);
        owned << action;
        keyed << action;
    }
    REQUIRE(owned.size() > 5);
    INFO("language " << language.toStdString() << ": " << clashes(keyed).join(QStringLiteral("; ")).toStdString());
    CHECK(clashes(keyed).isEmpty());
    test::switchLanguage(QStringLiteral("en"));
}
