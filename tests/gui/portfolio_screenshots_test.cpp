// Renders the portfolio's screens to PNG for looking at (not run by default):
//   myfyrio_gui_tests "[.portfolioshots]"   → /tmp/shots/portfolio/*.png

#include "app/attachments/attachmentspanel.h"
#include "app/cpd/cpdpanel.h"
#include "app/cpd/cpdview.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/privacy/guarddialog.h"
#include "app/reports/reportdialog.h"
#include "app/settings/preferencesdialog.h"
#include "core/attachments/attachmentstore.h"
#include "core/cpd/cpdsettings.h"
#include "core/journal/reflectionstore.h"
#include "core/privacy/protectednames.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QComboBox>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace myfyrio;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/portfolio"));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/portfolio/") + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("portfolio screens in Welsh and English", "[.portfolioshots]")
{
    test::TempJournal temp;
    auto db = temp.open();
    CpdSettings::save({Regulator::Nmc, QDate::currentDate().addYears(-1)});
    ProtectedNames::save(ProtectedNames({QStringLiteral("Mair Pritchard")}));
    const QDate today = QDate::currentDate();
    const struct {
        int daysAgo;
        const char* title;
        const char* type;
        int quarters;
        bool participatory;
        const char* standard;
    } activities[] = {
        {200, "Safeguarding adults refresher", "course", 26, true, "nmc_preserve_safety"},
        {120, "Reading on trauma-informed care", "reading", 6, false, "nmc_practise_effectively"},
        {60, "Peer discussion after a difficult visit", "peer_discussion", 4, true, "nmc_prioritise_people"},
        {10, "Shadowing the discharge team", "practice", 16, true, ""},
    };
    QString lastId;
    for (const auto& a : activities) {
        Reflection r;
        r.title = QString::fromUtf8(a.title);
        r.date = today.addDays(-a.daysAgo);
        r.bringToSupervision = true;
        r.body = QStringLiteral("Visited Mair Pritchard at CF10 3AT with the duty social worker.");
        r.cpd =
            CpdRecord{QString::fromLatin1(a.type), a.quarters, a.participatory, false, QString::fromLatin1(a.standard)};
        auto added = ReflectionStore(*db).add(r);
        REQUIRE(added.ok());
        lastId = added->id;
    }
    REQUIRE(
        AttachmentStore(*db).add(lastId, QStringLiteral("tystysgrif-hyfforddiant.pdf"), QByteArray(180000, 'x')).ok());
    REQUIRE(AttachmentStore(*db).add(lastId, QStringLiteral("llun-bwrdd-gwyn.jpg"), QByteArray(950000, 'y')).ok());

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("cy")}) {
        test::switchLanguage(language);
        MainWindow window(*db);
        window.resize(1180, 760);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.journal()->openReflection(lastId, today.addDays(-10)));
        auto* scroll = window.journal()->editor()->findChild<QScrollArea*>();
        REQUIRE(scroll);
        auto* panel = window.journal()->editor()->findChild<CpdPanel*>();
        QCoreApplication::processEvents();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        shoot(&window, QStringLiteral("editor-") + language);
        scroll->verticalScrollBar()->setValue(panel->y() - 200);
        shoot(&window, QStringLiteral("editor-cpd-") + language);

        window.showView(QStringLiteral("cpd"));
        shoot(&window, QStringLiteral("cpd-view-") + language);

        PreferencesDialog preferences(&window);
        preferences.show();
        shoot(&preferences, QStringLiteral("preferences-") + language);
        preferences.close();

        ReportDialog reports(*db, &window);
        reports.setKind(ReportKind::ScwLog);
        reports.show();
        shoot(&reports, QStringLiteral("report-dialog-") + language);
        reports.close();

        const Findings findings = ConfidentialityGuard::scan(
            QStringLiteral("Visited Mair Pritchard at CF10 3AT; NHS number 943 476 5919; she rang from 07700 900123."),
            ProtectedNames::load());
        GuardDialog guard(findings, language, &window);
        guard.show();
        shoot(&guard, QStringLiteral("guard-") + language);
        guard.close();
    }
    test::switchLanguage(QStringLiteral("en"));
    CpdSettings::save({Regulator::None, QDate()});
    ProtectedNames::save({});
}
