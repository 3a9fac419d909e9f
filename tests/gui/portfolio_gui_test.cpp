#include "app/attachments/attachmentspanel.h"
#include "app/cpd/cpdpanel.h"
#include "app/cpd/cpdpreferencesbox.h"
#include "app/cpd/cpdprogresschart.h"
#include "app/cpd/cpdview.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/privacy/guarddialog.h"
#include "app/privacy/protectednamesbox.h"
#include "app/settings/preferencesdialog.h"
#include "core/attachments/attachmentstore.h"
#include "core/cpd/cpdsettings.h"
#include "core/journal/reflectionstore.h"
#include "core/privacy/protectednames.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <sys/stat.h>

using namespace myfyrio;

namespace {

/// Catches what the panel asks the desktop to open, instead of starting an application.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

Reflection cpdReflection(const Database& db, const QString& title, int quarterHours, bool participatory,
                         const QString& standard = {})
{
    Reflection r;
    r.title = title;
    r.date = QDate::currentDate();
    r.cpd = CpdRecord{QStringLiteral("course"), quarterHours, participatory, false, standard};
    auto added = ReflectionStore(db).add(r);
    REQUIRE(added.ok());
    return *added;
}

} // namespace

TEST_CASE("The CPD panel stores the kind, quarter hours, participation, peer and standard", "[gui][cpd]")
{
    ReflectionEditor editor;
    auto* panel = new CpdPanel;
    editor.addPanel(panel);
    Reflection r;
    r.id = QStringLiteral("r1");
    r.title = QStringLiteral("Course");
    r.date = QDate(2024, 5, 1);
    editor.setReflection(r);
    CHECK_FALSE(panel->box()->isChecked());
    CHECK_FALSE(editor.reflection().cpd.has_value());

    int changes = 0;
    QObject::connect(&editor, &ReflectionEditor::changed, [&changes] { ++changes; });
    panel->box()->setChecked(true);
    panel->typeBox()->setCurrentIndex(panel->typeBox()->findData(QStringLiteral("reading")));
    panel->hoursBox()->setValue(1.3); // typed hours count in quarters
    panel->participatoryBox()->setChecked(true);
    panel->standardBox()->setCurrentIndex(panel->standardBox()->findData(QStringLiteral("scw_3")));
    CHECK(changes >= 5);
    const Reflection edited = editor.reflection();
    REQUIRE(edited.cpd.has_value());
    CHECK(edited.cpd->type == QStringLiteral("reading"));
    CHECK(edited.cpd->quarterHours == 5);
    CHECK(edited.cpd->participatory);
    CHECK_FALSE(edited.cpd->peer);
    CHECK(edited.cpd->standard == QStringLiteral("scw_3"));

    // Loading another reflection is not an edit, and shows its own record.
    changes = 0;
    r.cpd = CpdRecord{QStringLiteral("supervision"), 6, false, true, {}};
    editor.setReflection(r);
    CHECK(changes == 0);
    CHECK(panel->typeBox()->currentData().toString() == QStringLiteral("supervision"));
    CHECK(panel->hoursBox()->value() == 1.5);
    CHECK(panel->peerBox()->isChecked());
    panel->box()->setChecked(false);
    CHECK_FALSE(editor.reflection().cpd.has_value());
}

TEST_CASE("The CPD view shows the cycle against the regulator and follows the journal and Preferences", "[gui][cpd]")
{
    test::TempJournal temp;
    auto db = temp.open();
    CpdSettings::save({Regulator::Nmc, QDate::currentDate().addMonths(-6)});
    cpdReflection(*db, QStringLiteral("Safeguarding course"), 30, true, QStringLiteral("nmc_preserve_safety"));
    CpdView view(*db);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.regulatorLabel()->text() == QStringLiteral("Nursing and Midwifery Council"));
    CHECK(view.chart()->lines()
          == QStringList{QStringLiteral("CPD hours: 7.5 of 35"), QStringLiteral("Participatory hours: 7.5 of 20"),
                         QStringLiteral("Reflective accounts: 1 of 5")});
    CHECK(view.missingLabel()->text().contains(QStringLiteral("Participatory hours to go: 12.5")));
    CHECK(view.activities()->topLevelItemCount() == 1);

    // A new reflection counts at once; so does a change of regulator.
    cpdReflection(*db, QStringLiteral("Reading"), 8, false);
    CHECK(
        QTest::qWaitFor([&] { return view.chart()->lines().constFirst() == QStringLiteral("CPD hours: 9.5 of 35"); }));
    CHECK(view.activities()->topLevelItemCount() == 2);
    CpdSettings::save({Regulator::ScwCareWorker, QDate::currentDate().addMonths(-6)});
    CHECK(
        QTest::qWaitFor([&] { return view.chart()->lines() == QStringList{QStringLiteral("CPD hours: 9.5 of 45")}; }));

    test::switchLanguage(QStringLiteral("cy"));
    CHECK(view.regulatorLabel()->text() == QStringLiteral("Gofal Cymdeithasol Cymru: gweithiwr gofal"));
    CHECK(view.chart()->lines() == QStringList{QStringLiteral("Oriau DPP: 9.5 (y gofyn: 45)")});
    CHECK(view.missingLabel()->text().contains(QStringLiteral("Oriau DPP i fynd: 35.5")));
    test::switchLanguage(QStringLiteral("en"));
    CpdSettings::save({Regulator::None, QDate()});
    CHECK(QTest::qWaitFor(
        [&] { return view.regulatorLabel()->text().contains(QStringLiteral("Choose your regulator")); }));
    CHECK(view.chart()->isHidden());
}

TEST_CASE("The evidence panel adds, opens as an owner-only copy, and removes files", "[gui][attachments]")
{
    test::TempJournal temp;
    auto db = temp.open();
    Reflection r;
    r.title = QStringLiteral("Course");
    r.date = QDate(2024, 5, 1);
    auto added = ReflectionStore(*db).add(r);
    REQUIRE(added.ok());
    AttachmentsPanel panel(*db);
    panel.load(*added);
    CHECK(panel.attachments().isEmpty());

    test::writeFile(temp.file(QStringLiteral("tystysgrif.pdf")), QByteArrayLiteral("%PDF-1.4 tystysgrif"));
    panel.addFiles({temp.file(QStringLiteral("tystysgrif.pdf")), temp.file(QStringLiteral("missing.png"))});
    REQUIRE(panel.attachments().size() == 1);
    CHECK(panel.lastProblem().contains(QStringLiteral("missing.png")));
    CHECK(panel.list()->count() == 1);
    CHECK(panel.list()->item(0)->text().startsWith(QStringLiteral("tystysgrif.pdf (")));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    panel.open(panel.attachments().constFirst().id);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(catcher.urls.size() == 1);
    const QString copy = catcher.urls.constFirst().toLocalFile();
    CHECK(QFileInfo(copy).fileName() == QStringLiteral("tystysgrif.pdf"));
    CHECK(test::fileBytes(copy) == QByteArrayLiteral("%PDF-1.4 tystysgrif"));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(copy).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    // Another view of the same journal removing it is seen here too.
    REQUIRE(AttachmentStore(*db).remove(panel.attachments().constFirst().id).ok());
    CHECK(panel.attachments().isEmpty());
    CHECK(panel.list()->isHidden());
}

TEST_CASE("The guard dialog lists each finding once, in context, with its replacement", "[gui][privacy]")
{
    const QString text =
        QStringLiteral("Mair rang from CF10 3AT. Later Mair wrote from mair@example.org about the visit.");
    const Findings findings = ConfidentialityGuard::scan(text, ProtectedNames({QStringLiteral("Mair")}));
    REQUIRE(findings.size() == 4);
    GuardDialog dialog(findings, QStringLiteral("cy"));
    QTreeWidget* tree = dialog.findingsTree();
    REQUIRE(tree->topLevelItemCount() == 3); // Mair twice is one row
    CHECK(tree->topLevelItem(0)->text(2) == QStringLiteral("«Mair» rang from CF10 3AT. Later Mair wrote…"));
    CHECK(tree->topLevelItem(0)->text(3) == QStringLiteral("[enw]"));
    CHECK(tree->topLevelItem(1)->text(3) == QStringLiteral("[cod post]"));
    tree->topLevelItem(0)->setText(3, QStringLiteral("Ms M"));
    tree->topLevelItem(2)->setCheckState(0, Qt::Unchecked);
    dialog.replaceButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.choice() == GuardDialog::Choice::Replace);
    CHECK(dialog.leftIn() == 1);
    CHECK(ConfidentialityGuard::redact(text, findings, dialog.redaction())
          == QStringLiteral("Ms M rang from [cod post]. Later Ms M wrote from mair@example.org about the visit."));

    GuardDialog anyway(findings, QStringLiteral("en"));
    anyway.anywayButton()->click();
    CHECK(anyway.choice() == GuardDialog::Choice::ShareAnyway);
    CHECK(anyway.leftIn() == 4);

    // A signed agreement cannot be redacted: only share it or go back.
    GuardDialog signedFile(findings, QStringLiteral("en"), nullptr, GuardDialog::Mode::ShareOnly);
    CHECK(signedFile.replaceButton()->isHidden());
    CHECK(signedFile.findingsTree()->isColumnHidden(3));
}

TEST_CASE("Preferences keep the regulator, the cycle's start and the names to protect", "[gui][cpd][privacy]")
{
    CpdSettings::save({Regulator::None, QDate()});
    ProtectedNames::save({});
    int announced = 0;
    const auto connection =
        QObject::connect(&CpdSettingsSignals::instance(), &CpdSettingsSignals::changed, [&announced] { ++announced; });
    {
        CpdPreferencesBox box;
        CHECK_FALSE(box.startEdit()->isEnabled());
        box.regulatorBox()->setCurrentIndex(box.regulatorBox()->findData(QStringLiteral("swe")));
        CHECK(CpdSettings::load().regulator == Regulator::Swe);
        box.startKnownBox()->setChecked(true);
        box.startEdit()->setDate(QDate(2024, 12, 1));
        CHECK(CpdSettings::load().cycleStart == QDate(2024, 12, 1));
        box.startKnownBox()->setChecked(false);
        CHECK_FALSE(CpdSettings::load().cycleStart.isValid());
        CHECK(announced >= 3);

        ProtectedNamesBox names;
        names.namesEdit()->setFocus();
        names.namesEdit()->setPlainText(QStringLiteral("Mair Pritchard\n\nDylan"));
        CHECK(ProtectedNames::load().names() == QStringList{QStringLiteral("Mair Pritchard"), QStringLiteral("Dylan")});
    }
    ProtectedNamesBox reopened;
    CHECK(reopened.namesEdit()->toPlainText() == QStringLiteral("Mair Pritchard\nDylan"));
    QObject::disconnect(connection);
    CpdSettings::save({Regulator::None, QDate()});
    ProtectedNames::save({});
}

TEST_CASE("Preferences are tall enough for every wrapped explanation, in Welsh too", "[gui][cpd][privacy]")
{
    test::switchLanguage(QStringLiteral("cy"));
    {
        PreferencesDialog preferences;
        preferences.show();
        REQUIRE(QTest::qWaitForWindowExposed(&preferences));
        CHECK(preferences.height() >= preferences.heightForWidth(preferences.width()));
    }
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The main window has the CPD view and the editor's CPD and evidence panels", "[gui][cpd]")
{
    test::TempJournal temp;
    auto db = temp.open();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showView(QStringLiteral("cpd")));
    CHECK(window.currentViewId() == QStringLiteral("cpd"));
    CHECK(window.journal()->editor()->findChild<CpdPanel*>());
    CHECK(window.journal()->editor()->findChild<AttachmentsPanel*>());

    // Enter on an activity of the cycle opens its reflection in the Journal.
    const Reflection course = cpdReflection(*db, QStringLiteral("Moving and handling"), 12, true);
    auto* view = window.findChild<CpdView*>();
    REQUIRE(view);
    REQUIRE(QTest::qWaitFor([view] { return view->activities()->topLevelItemCount() == 1; }));
    view->activities()->setFocus();
    view->activities()->setCurrentItem(view->activities()->topLevelItem(0));
    QTest::keyClick(view->activities(), Qt::Key_Return);
    CHECK(window.currentViewId() == QStringLiteral("journal"));
    CHECK(window.journal()->editor()->reflection().id == course.id);
}

#include "portfolio_gui_test.moc"
