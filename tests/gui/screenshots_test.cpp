// Renders the main window to PNG files for looking at (not run by default):
//   myfyrio_gui_tests "[.screenshots]"   → /tmp/shots/gui/*.png

#include "app/journal/autosaver.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/aboutdialog.h"
#include "app/mainwindow/mainwindow.h"
#include "app/settings/preferencesdialog.h"
#include "app/shell/languagechooserdialog.h"
#include "core/i18n/translations.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

void seed(const Database& db)
{
    const QDate today = QDate::currentDate();
    test::addReflection(db, QStringLiteral("Ymweliad cartref â Mrs Hughes"), today.addDays(-1),
                        {QStringLiteral("ymweliadau"), QStringLiteral("diogelu")},
                        QStringLiteral("Roedd Mrs Hughes yn bryderus am ei meddyginiaeth. Gwrandewais ar ei phryderon "
                                       "a threfnais alwad gyda'r fferyllydd. Y tro nesaf byddaf yn gofyn am y dŵr "
                                       "a'r bwyd hefyd."),
                        QStringLiteral("cy"));
    test::addReflection(db, QStringLiteral("Team handover went badly"), today.addDays(-3),
                        {QStringLiteral("handover"), QStringLiteral("teamwork")},
                        QStringLiteral("The night shift handover was rushed and I missed the note about Mr Evans's "
                                       "medication. Next time I will use the checklist before I leave."));
    test::addReflection(
        db, QStringLiteral("Supervision preparation"), today.addDays(-6), {QStringLiteral("supervision")},
        QStringLiteral("Things I want to talk about: workload, the safeguarding referral, my training plan."));
    test::addReflection(
        db, QStringLiteral("Cyfarfod tîm: cynllun gofal newydd"), today.addMonths(-1).addDays(-2),
        {QStringLiteral("gwaith tîm"), QStringLiteral("cynllunio")},
        QStringLiteral("Trafodwyd y cynllun gofal newydd ar gyfer Tŷ Gwyn. Roedd pawb yn cytuno bod angen "
                       "mwy o amser gyda phob unigolyn."),
        QStringLiteral("cy"));
    test::addReflection(db, QStringLiteral("First week on the dementia unit"), today.addMonths(-1).addDays(-9),
                        {QStringLiteral("dementia"), QStringLiteral("learning")},
                        QStringLiteral("A week of learning names and routines. I found the afternoons hardest, when "
                                       "residents became restless. Music helped more than I expected."));
    test::addReflection(db, QStringLiteral("Safeguarding referral"), today.addMonths(-2).addDays(-4),
                        {QStringLiteral("safeguarding")},
                        QStringLiteral("I made my first safeguarding referral today. I was nervous but the duty team "
                                       "were supportive. I wrote down exactly what I saw and heard."));
    test::addReflection(
        db, QStringLiteral("Hyfforddiant codi a chario"), today.addMonths(-2).addDays(-12),
        {QStringLiteral("hyfforddiant")},
        QStringLiteral("Diwrnod o hyfforddiant ymarferol. Dysgais sut i ddefnyddio'r teclyn codi newydd."),
        QStringLiteral("cy"));
}

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/gui"));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/gui/") + name + QStringLiteral(".png")));
}

void shootLanguage(const QString& language)
{
    test::TempJournal journal;
    auto db = journal.open();
    seed(*db);
    test::switchLanguage(language);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    JournalPanel* panel = window.journal()->panel();
    QTreeView* list = panel->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    shoot(&window, QStringLiteral("main-") + language);

    panel->searchBox()->setText(language == QStringLiteral("cy") ? QStringLiteral("dwr")
                                                                 : QStringLiteral("medication"));
    REQUIRE(
        QTest::qWaitFor([&] { return !panel->searchBox()->text().isEmpty() && list->model()->rowCount() <= 2; }, 3000));
    QTest::qWait(JournalPanel::searchDelayMilliseconds + 50);
    shoot(&window, QStringLiteral("search-") + language);

    panel->searchBox()->clear();
    QTest::qWait(JournalPanel::searchDelayMilliseconds + 50);
    panel->tagFilter()->setCurrentIndex(1);
    emit panel->tagFilter()->activated(1);
    shoot(&window, QStringLiteral("tag-") + language);

    // A save that fails, as the status bar shows it.
    panel->tagFilter()->setCurrentIndex(0);
    emit panel->tagFilter()->activated(0);
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    {
        QSqlDatabase saboteur = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shots"));
        saboteur.setDatabaseName(journal.path());
        REQUIRE(saboteur.open());
        QSqlQuery(saboteur).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON reflection "
                                                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shots"));
    window.journal()->editor()->bodyEdit()->setFocus();
    window.journal()->editor()->bodyEdit()->moveCursor(QTextCursor::End);
    test::typeText(window.journal()->editor()->bodyEdit(), QStringLiteral(" Mwy."));
    REQUIRE(QTest::qWaitFor([&] { return window.journal()->autosaver()->state() == Autosaver::State::Failed; }, 5000));
    shoot(&window, QStringLiteral("failed-") + language);
    window.journal()->autosaver()->discard();
    window.close();
}

} // namespace

TEST_CASE("Screenshots of the main window", "[.screenshots]")
{
    shootLanguage(QStringLiteral("cy"));
    shootLanguage(QStringLiteral("en"));

    test::TempJournal journal;
    auto db = journal.open();
    MainWindow empty(*db);
    empty.resize(1180, 760);
    empty.show();
    REQUIRE(QTest::qWaitForWindowExposed(&empty));
    shoot(&empty, QStringLiteral("empty-en"));
    test::switchLanguage(QStringLiteral("cy"));
    shoot(&empty, QStringLiteral("empty-cy"));
    empty.close();

    LanguageChooserDialog chooser;
    chooser.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chooser));
    shoot(&chooser, QStringLiteral("first-run"));

    PreferencesDialog preferences;
    preferences.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preferences));
    shoot(&preferences, QStringLiteral("preferences-cy"));
    test::switchLanguage(QStringLiteral("en"));

    QMessageBox about(QMessageBox::Information, QStringLiteral("Myfyrio"),
                      AboutDialog::text(QStringLiteral("/home/sian/.local/share/myfyrio/journal.sqlite")));
    about.setIconPixmap(QApplication::windowIcon().pixmap(64));
    about.show();
    REQUIRE(QTest::qWaitForWindowExposed(&about));
    shoot(&about, QStringLiteral("about-en"));
}
