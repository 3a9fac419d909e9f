#include "catch.h"
#include "guihelpers.h"
#include "tempjournal.h"

#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

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
    INFO("language " << language.toStdString() << ", menu bar: " << clashes(menus).join(QStringLiteral("; ")).toStdString());
    CHECK(clashes(menus).isEmpty());
    for (QAction* menuAction : menus) {
        REQUIRE(menuAction->menu());
        const QStringList found = clashes(menuAction->menu()->actions());
        INFO("menu " << menuAction->text().toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString());
        CHECK(found.isEmpty());
    }
    test::switchLanguage(QStringLiteral("en"));
}
