// Issue 11: no Welsh label cut in any view at the default window size. The
// window opens at 1180×760 (its size at a first run on a screen large enough;
// the offscreen screen is smaller, so the test sets it) with the interface in
// Welsh (and again in English), visits every view, every Supervision tab and the dialogs, and checks
// every visible label, button, check box, tab, header section, list item and
// combo box against the room it really gets (tests/gui/clipcheck.h).
#include "app/failure/spectrumcontrol.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "app/reports/reportdialog.h"
#include "app/settings/preferencesdialog.h"
#include "app/supervision/agreementsview.h"
#include "app/supervision/newagreementdialog.h"
#include "app/supervision/sessioneditordialog.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/report/reportbuilder.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sessionstore.h"
#include "tests/gui/clipcheck.h"
#include "tests/gui/guihelpers.h"
#include "tests/gui/samplejournal.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

const QSize defaultSize(1180, 760);

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

/// With MYFYRIO_LAYOUT_SHOTS set, each screen checked is also saved there as a PNG.
void shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("MYFYRIO_LAYOUT_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
}

void checkFits(QWidget* window, const QString& what)
{
    settle();
    shoot(window, what + QLatin1Char('-') + Translations::current());
    const QStringList problems = test::settledProblems([window] { return test::clippedTexts(window); });
    INFO(what.toStdString() << ":\n" << problems.join(QStringLiteral("\n")).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("The clipping check sees a cut label, button, check box, tab, header and list item", "[gui][fit]")
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* label = new QLabel(QStringLiteral("Cyfarfodydd goruchwylio a gynhaliwyd"), &window);
    auto* button = new QPushButton(QStringLiteral("Adolygu gyda’n gilydd…"), &window);
    auto* check = new QCheckBox(QStringLiteral("Cynnwys myfyrdodau preifat"), &window);
    auto* tabs = new QTabWidget(&window);
    tabs->addTab(new QWidget, QStringLiteral("Trosolwg y sesiynau"));
    tabs->addTab(new QWidget, QStringLiteral("Hanes y fersiynau"));
    tabs->setUsesScrollButtons(false);
    auto* table = new QTreeWidget(&window);
    table->setHeaderLabels({QStringLiteral("Statws"), QStringLiteral("Dyddiad adolygu")});
    table->addTopLevelItem(new QTreeWidgetItem(QStringList{QStringLiteral("Wedi’i lofnodi"), QString()}));
    for (QWidget* w : std::initializer_list<QWidget*>{label, button, check, tabs, table}) {
        w->setMinimumSize(0, 0);
        w->setMaximumWidth(60);
        layout->addWidget(w);
    }
    table->header()->setStretchLastSection(false);
    table->header()->resizeSection(0, 40);
    window.resize(400, 200);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle();
    const QString problems = test::clippedTexts(&window).join(QLatin1Char('\n'));
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("QLabel “Cyfarfodydd")));
    CHECK(problems.contains(QStringLiteral("QPushButton “Adolygu")));
    CHECK(problems.contains(QStringLiteral("QCheckBox “Cynnwys")));
    CHECK(problems.contains(QStringLiteral("tab “Trosolwg y sesiynau”")));
    CHECK(problems.contains(QStringLiteral("header “Statws”")));
    CHECK(problems.contains(QStringLiteral("cell “Wedi’i lofnodi”")));

    // Given room, the same widgets pass.
    for (QWidget* w : std::initializer_list<QWidget*>{label, button, check, tabs, table})
        w->setMaximumWidth(QWIDGETSIZE_MAX);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs->setMinimumWidth(tabs->tabBar()->sizeHint().width() + 8);
    label->setMinimumWidth(label->sizeHint().width());
    window.resize(1400, 300);
    settle();
    const QStringList fits = test::clippedTexts(&window);
    INFO(fits.join(QLatin1Char('\n')).toStdString());
    CHECK(fits.isEmpty());
}

TEST_CASE("No text is cut in any view of the main window at its default size, in Welsh and English", "[gui][fit][cy]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(defaultSize);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.size() == defaultSize);

    // The Journal view with nothing open, then with the guided failure reflection
    // (spectrum, answers, actions) open, then the Welsh one.
    REQUIRE(window.showView(QStringLiteral("journal")));
    checkFits(&window, QStringLiteral("journal-empty"));
    QTreeView* list = window.journal()->panel()->list();
    for (int month = 0; month < list->model()->rowCount(); ++month) {
        const QModelIndex group = list->model()->index(month, 0);
        for (int row = 0; row < list->model()->rowCount(group); ++row) {
            list->setCurrentIndex(list->model()->index(row, 0, group));
            checkFits(&window, QStringLiteral("journal-%1-%2").arg(month).arg(row));
        }
    }

    for (const QString& id : {QStringLiteral("insight"), QStringLiteral("actions"), QStringLiteral("calendar"),
                              QStringLiteral("on-this-day")}) {
        REQUIRE(window.showView(id));
        checkFits(&window, id);
    }

    // Supervision: each agreement (one draft, one signed by both), on each tab.
    REQUIRE(window.showView(QStringLiteral("supervision")));
    auto* supervision = window.findChild<AgreementsView*>();
    REQUIRE(supervision);
    auto* agreements = supervision->findChild<QTreeView*>(QStringLiteral("agreementList"));
    REQUIRE(agreements);
    REQUIRE(agreements->model()->rowCount() >= 2);
    for (int row = 0; row < agreements->model()->rowCount(); ++row) {
        agreements->setCurrentIndex(agreements->model()->index(row, 0));
        for (int tab = 0; tab < supervision->tabs()->count(); ++tab) {
            supervision->tabs()->setCurrentIndex(tab);
            checkFits(&window, QStringLiteral("supervision-%1-tab%2").arg(row).arg(tab));
        }
    }
    window.close();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("No text is cut in Preferences, the Report dialog or the Supervision dialogs at their own size, in Welsh and "
          "English",
          "[gui][fit][cy]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);

    PreferencesDialog preferences;
    preferences.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preferences));
    checkFits(&preferences, QStringLiteral("preferences"));
    preferences.close();

    // Every kind of report shows different fields.
    ReportDialog report(*db);
    report.show();
    REQUIRE(QTest::qWaitForWindowExposed(&report));
    for (ReportKind kind : ReportBuilder::availableKinds()) {
        report.setKind(kind);
        checkFits(&report, QStringLiteral("report-%1").arg(static_cast<int>(kind)));
    }
    for (QCheckBox* box : report.findChildren<QCheckBox*>())
        box->setChecked(true);
    checkFits(&report, QStringLiteral("report-checked"));
    report.close();

    // Supervision's own dialogs: a new agreement, and a session as recorded.
    NewAgreementDialog newAgreement;
    newAgreement.show();
    REQUIRE(QTest::qWaitForWindowExposed(&newAgreement));
    checkFits(&newAgreement, QStringLiteral("new-agreement"));
    newAgreement.close();
    auto agreementList = AgreementStore(*db).list();
    REQUIRE(agreementList.ok());
    QVector<Session> recorded;
    for (const Agreement& agreement : agreementList.value())
        if (auto sessions = SessionStore(*db).list(agreement.id); sessions.ok() && !sessions->isEmpty())
            recorded = sessions.value();
    REQUIRE(!recorded.isEmpty());
    SessionEditorDialog session(*db, recorded.constFirst());
    session.show();
    REQUIRE(QTest::qWaitForWindowExposed(&session));
    checkFits(&session, QStringLiteral("session"));
    session.close();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The spectrum's Welsh labels fit their segments in the editor at the default size, no smaller than English",
          "[gui][fit][cy][failure]")
{
    test::switchLanguage(QStringLiteral("cy"));
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(defaultSize);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    settle();
    auto* spectrum = window.findChild<SpectrumControl*>();
    REQUIRE(spectrum);
    REQUIRE(spectrum->isVisible());
    const QFont welsh = spectrum->reasonLabelFont();
    test::switchLanguage(QStringLiteral("en"));
    settle();
    const QFont english = spectrum->reasonLabelFont();
    CHECK(welsh.pointSizeF() >= english.pointSizeF());
    CHECK(QFontInfo(welsh).pixelSize() >= QFontInfo(english).pixelSize());

    // Each segment draws its number on the first line of its small font, and
    // the label in the two lines below, wrapped at words (spectrumcontrol.cpp).
    QFont small = spectrum->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const int lines = 2 * QFontMetrics(small).height() + 1;
    const QFontMetrics metrics(welsh);
    for (int i = 0; i < FailureSpectrum::reasons().size(); ++i) {
        const QString label = FailureSpectrum::label(FailureSpectrum::reasons().at(i), QStringLiteral("cy"));
        const int width = spectrum->segmentRect(i).width() - 3 - 2 * 5;
        const QRect needed = metrics.boundingRect(QRect(0, 0, width, 1000), Qt::AlignHCenter | Qt::TextWordWrap, label);
        INFO(label.toStdString() << ": " << needed.width() << "×" << needed.height() << " in " << width << "×"
                                 << lines);
        CHECK(needed.width() <= width);
        CHECK(needed.height() <= lines);
    }
    window.close();
}
