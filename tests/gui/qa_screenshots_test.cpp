// Renders every view of the main window at its default size, with realistic data, in
// Welsh and English, for a final look (not run by default):
//   myfyrio_gui_tests "[.screenshots][qa]"   → /tmp/shots/qa/*.png

#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/modelmanagerdialog.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/aboutdialog.h"
#include "app/mainwindow/mainwindow.h"
#include "app/settings/preferencesdialog.h"
#include "app/shell/languagechooserdialog.h"
#include "app/supervision/agreementsview.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/qa"));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/qa/%1-%2.png").arg(name, Translations::current())));
}

void seed(const Database& db)
{
    const QDate today = QDate::currentDate();
    Reflection r;
    r.title = QStringLiteral("Missed the medication note at handover");
    r.date = today.addDays(-1);
    r.body = QStringLiteral("The night shift handover was rushed and I missed the note about Mr Evans's medication.");
    r.tags = {QStringLiteral("handover"), QStringLiteral("medication")};
    r.model = QStringLiteral("failure");
    r.answers.insert(QStringLiteral("what_happened"), QStringLiteral("Handover took five minutes instead of twenty."));
    r.answers.insert(QStringLiteral("what_expected"), QStringLiteral("A full handover with the medication chart."));
    r.bringToSupervision = true;
    r.failure = FailurePlacement{};
    r.failure->reason = FailureReason::Inattention;
    r.failure->blameFelt = 3;
    r.failure->systemFactors = QStringLiteral("Two staff off sick, no handover sheet.");
    r.actions = {Action{{}, QStringLiteral("Ask for a handover checklist"), today.addDays(3), false, {}, {}},
                 Action{{}, QStringLiteral("Talk to the night team"), today.addDays(-2), false, {}, {}}};
    REQUIRE(ReflectionStore(db).add(r).ok());

    Reflection old;
    old.title = QStringLiteral("Ymweliad cartref â Mrs Hughes");
    old.date = today.addYears(-1);
    old.language = QStringLiteral("cy");
    old.body = QStringLiteral("Roedd Mrs Hughes yn bryderus am ei meddyginiaeth.");
    REQUIRE(ReflectionStore(db).add(old).ok());
    test::addReflection(db, QStringLiteral("Supervision preparation"), today.addMonths(-1),
                        {QStringLiteral("supervision")},
                        QStringLiteral("Workload, the safeguarding referral, my training plan."));

    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    c.startDate = today.addMonths(-4);
    c.reviewDate = today.addDays(10);
    c.frequencyWeeks = 4;
    c.lengthMinutes = 90;
    c.format = QStringLiteral("one_to_one");
    c.texts.insert(QStringLiteral("confidentiality"), QStringLiteral("What we discuss stays between us."));
    REQUIRE(AgreementStore(db).create(c, SectionCatalog::supervisee()).ok());
}

QScrollArea* editorScroll(MainWindow& window)
{
    return window.journal()->editor()->findChild<QScrollArea*>();
}

void shootLanguage(const QString& language)
{
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    seed(*db);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    shoot(&window, QStringLiteral("1-journal"));
    QScrollArea* scroll = editorScroll(window);
    REQUIRE(scroll);
    const int step = scroll->viewport()->height() - 40;
    for (int i = 1; i <= 5; ++i) {
        scroll->verticalScrollBar()->setValue(step * i);
        shoot(&window, QStringLiteral("1-journal-scroll%1").arg(i));
    }
    for (const QString& view : {QStringLiteral("insight"), QStringLiteral("actions"), QStringLiteral("calendar"),
                                QStringLiteral("on-this-day"), QStringLiteral("supervision")}) {
        REQUIRE(window.showView(view));
        shoot(&window, QStringLiteral("2-") + view);
    }
    if (auto* tabs = window.findChild<AgreementsView*>()->tabs()) {
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shoot(&window, QStringLiteral("2-supervision-tab%1").arg(i));
        }
    }
    ModelManagerDialog models(*db);
    models.show();
    REQUIRE(QTest::qWaitForWindowExposed(&models));
    shoot(&models, QStringLiteral("3-models"));
    models.close();
    window.close();

    test::TempJournal emptyJournal;
    auto emptyDb = emptyJournal.open();
    MainWindow empty(*emptyDb);
    empty.resize(1180, 760);
    empty.show();
    REQUIRE(QTest::qWaitForWindowExposed(&empty));
    for (const QString& view :
         {QStringLiteral("journal"), QStringLiteral("insight"), QStringLiteral("actions"), QStringLiteral("calendar"),
          QStringLiteral("on-this-day"), QStringLiteral("supervision")}) {
        REQUIRE(empty.showView(view));
        shoot(&empty, QStringLiteral("4-empty-") + view);
    }
    empty.close();

    PreferencesDialog preferences;
    preferences.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preferences));
    shoot(&preferences, QStringLiteral("5-preferences"));
    preferences.close();

    LanguageChooserDialog chooser;
    chooser.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chooser));
    shoot(&chooser, QStringLiteral("5-first-run"));
    chooser.close();

    QMessageBox about(QMessageBox::Information, QStringLiteral("Myfyrio"),
                      AboutDialog::text(QStringLiteral("/home/sian/.local/share/myfyrio/journal.sqlite")));
    about.show();
    REQUIRE(QTest::qWaitForWindowExposed(&about));
    shoot(&about, QStringLiteral("5-about"));
    about.close();
}

} // namespace

TEST_CASE("Screenshots of every view at the default size", "[.screenshots][qa]")
{
    shootLanguage(QStringLiteral("cy"));
    shootLanguage(QStringLiteral("en"));
}
