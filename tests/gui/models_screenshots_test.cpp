// Renders guided writing and revisiting to PNG files for looking at (not run by default):
//   myfyrio_gui_tests "[.models-screenshots]"   → /tmp/shots/models/*.png

#include "app/journal/guidedanswerspanel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/modeleditordialog.h"
#include "app/journal/modelmanagerdialog.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/models/modelcatalog.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace myfyrio;

namespace {

Reflection guided(const QString& title, const QDate& date, const QString& model, const QMap<QString, QString>& answers)
{
    Reflection r;
    r.title = title;
    r.date = date;
    r.model = model;
    r.answers = answers;
    return r;
}

Action action(const QString& text, const QDate& due = {}, bool done = false)
{
    Action a;
    a.text = text;
    a.due = due;
    a.done = done;
    return a;
}

void seed(const Database& db, const QString& language)
{
    const QDate today = QDate::currentDate();
    const bool cy = language == QStringLiteral("cy");
    const ReflectionStore store(db);
    Reflection visit = guided(
        cy ? QStringLiteral("Ymweliad cartref â Mrs Hughes") : QStringLiteral("Home visit to Mrs Hughes"), today,
        QStringLiteral("gibbs"),
        {{QStringLiteral("description"),
          cy ? QStringLiteral("Roedd y tŷ yn oer ac roedd Mrs Hughes yn poeni am ei meddyginiaeth.")
             : QStringLiteral("The house was cold and Mrs Hughes was worried about her medication.")},
         {QStringLiteral("feelings"), cy ? QStringLiteral("Pryderus i ddechrau, yna'n dawelach wedi i ni siarad.")
                                         : QStringLiteral("Anxious at first, then calmer once we had talked.")}});
    visit.language = language;
    visit.actions = {
        action(cy ? QStringLiteral("Ffonio'r fferyllydd") : QStringLiteral("Ring the pharmacist"), today.addDays(-2)),
        action(cy ? QStringLiteral("Gofyn am asesiad gwres") : QStringLiteral("Ask for a heating assessment"),
               today.addDays(3)),
        action(cy ? QStringLiteral("Darllen y polisi newydd") : QStringLiteral("Read the new policy"))};
    REQUIRE(store.add(visit).ok());
    Reflection cycle =
        guided(cy ? QStringLiteral("Dysgu ar draws y sir") : QStringLiteral("Learning across the county"),
               today.addDays(-4), QStringLiteral("learning_cycle"),
               {{QStringLiteral("learning"), cy ? QStringLiteral("Mae teuluoedd eisiau un person cyswllt.")
                                                : QStringLiteral("Families want one contact person.")}});
    cycle.scale = QStringLiteral("place");
    cycle.actions = {
        action(cy ? QStringLiteral("Trefnu gweithdy") : QStringLiteral("Arrange a workshop"), today.addDays(20)),
        action(cy ? QStringLiteral("Anfon y nodiadau") : QStringLiteral("Send the notes"), today.addDays(-6), true)};
    REQUIRE(store.add(cycle).ok());
    Reflection lastReview = guided(
        cy ? QStringLiteral("Adolygiad blynyddol y llynedd") : QStringLiteral("Last year's annual review"),
        today.addYears(-1), QStringLiteral("annual_review"),
        {{QStringLiteral("year_next"), cy ? QStringLiteral("Fy mod wedi arwain prosiect bach a dysgu ohono.")
                                          : QStringLiteral("That I have led a small project and learned from it.")},
         {QStringLiteral("feedback_next"), cy ? QStringLiteral("Bod pobl yn dweud fy mod yn gwrando'n dda.")
                                              : QStringLiteral("That people say I listen well.")}});
    REQUIRE(store.add(lastReview).ok());
    REQUIRE(store
                .add(guided(cy ? QStringLiteral("Adolygiad blynyddol") : QStringLiteral("Annual review"),
                            today.addDays(-1), QStringLiteral("annual_review"),
                            {{QStringLiteral("year"), cy ? QStringLiteral("Blwyddyn brysur ond da.")
                                                         : QStringLiteral("A busy but good year.")}}))
                .ok());
    REQUIRE(store
                .add(guided(cy ? QStringLiteral("Cyfarfod tîm") : QStringLiteral("Team meeting"), today.addMonths(-1),
                            QStringLiteral("driscoll"), {}))
                .ok());
    REQUIRE(store
                .add(guided(cy ? QStringLiteral("Wythnos gyntaf yn y swydd") : QStringLiteral("First week in the job"),
                            today.addYears(-2), QStringLiteral("free"), {}))
                .ok());
    ReflectiveModel own = *ModelCatalog::builtIn(QStringLiteral("driscoll"));
    own.code = QStringLiteral("huddle");
    own.name = {QStringLiteral("Team huddle"), QStringLiteral("Cwtsh tîm")};
    REQUIRE(ModelCatalog(db).create(own).ok());
}

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/models"));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/models/") + name + QStringLiteral(".png")));
}

/// Scrolls the editor so that the guided-writing panel is at the top.
void scrollToPanel(MainWindow& window, QWidget* target)
{
    QCoreApplication::processEvents();
    auto* area = window.journal()->editor()->findChild<QScrollArea*>();
    if (!area || !target)
        return;
    area->verticalScrollBar()->setValue(target->mapTo(area->widget(), QPoint(0, 0)).y() - 12);
}

void openTitled(MainWindow& window, const Database& db, const QString& title)
{
    const QVector<Reflection> all = ReflectionStore(db).listFull().value();
    for (const Reflection& r : all) {
        if (r.title == title) {
            window.showView(QStringLiteral("journal"));
            window.journal()->panel()->selectReflection(r.id, r.date);
            emit window.journal()->panel()->reflectionChosen(r.id, r.date);
            return;
        }
    }
    FAIL("no such reflection");
}

void shootLanguage(const QString& language)
{
    test::TempJournal journal;
    auto db = journal.open();
    seed(*db, language);
    test::switchLanguage(language);
    const bool cy = language == QStringLiteral("cy");
    MainWindow window(*db);
    window.resize(1280, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    openTitled(window, *db,
               cy ? QStringLiteral("Ymweliad cartref â Mrs Hughes") : QStringLiteral("Home visit to Mrs Hughes"));
    auto* panel = window.findChild<GuidedAnswersPanel*>();
    REQUIRE(panel);
    scrollToPanel(window, panel);
    shoot(&window, QStringLiteral("editor-gibbs-") + language);
    scrollToPanel(window, window.findChild<QWidget*>(QStringLiteral("actionsPanel")));
    shoot(&window, QStringLiteral("editor-actions-") + language);
    shoot(panel, QStringLiteral("panel-gibbs-") + language);
    panel->modelChooser()->setCurrentIndex(panel->modelChooser()->findData(QStringLiteral("kolb")));
    shoot(panel, QStringLiteral("panel-other-answers-") + language);
    panel->modelChooser()->setCurrentIndex(panel->modelChooser()->findData(QStringLiteral("gibbs")));
    window.journal()->saveNow();

    openTitled(window, *db, cy ? QStringLiteral("Dysgu ar draws y sir") : QStringLiteral("Learning across the county"));
    scrollToPanel(window, panel);
    shoot(&window, QStringLiteral("editor-learning-cycle-") + language);
    scrollToPanel(window, panel->answerEdit(QStringLiteral("enabling_cycle"))->parentWidget());
    shoot(&window, QStringLiteral("editor-learning-cycle-place-") + language);
    openTitled(window, *db, cy ? QStringLiteral("Adolygiad blynyddol") : QStringLiteral("Annual review"));
    scrollToPanel(window, panel->answerEdit(QStringLiteral("year"))->parentWidget());
    shoot(&window, QStringLiteral("editor-annual-review-") + language);

    window.showView(QStringLiteral("actions"));
    shoot(&window, QStringLiteral("actions-") + language);
    window.showView(QStringLiteral("calendar"));
    shoot(&window, QStringLiteral("calendar-") + language);
    window.showView(QStringLiteral("on-this-day"));
    shoot(&window, QStringLiteral("on-this-day-") + language);

    ModelManagerDialog manager(*db, &window);
    manager.show();
    REQUIRE(QTest::qWaitForWindowExposed(&manager));
    manager.select(QStringLiteral("huddle"));
    shoot(&manager, QStringLiteral("model-manager-") + language);
    ModelEditorDialog editor(ModelCatalog(*db).find(QStringLiteral("huddle")).value().value(), &window);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    shoot(&editor, QStringLiteral("model-editor-") + language);
    editor.close();
    manager.close();
    window.close();
}

} // namespace

TEST_CASE("Screenshots of guided writing and revisiting", "[.models-screenshots]")
{
    shootLanguage(QStringLiteral("en"));
    shootLanguage(QStringLiteral("cy"));
    test::switchLanguage(QStringLiteral("en"));
}
