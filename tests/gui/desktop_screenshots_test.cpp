// Renders every view in the light and the dark palette, in Welsh and English,
// with the icons, the guide and the preferences, for a person to look at (not
// run by default):
//   myfyrio_gui_tests "[.screenshots]"   → /tmp/shots/desktop/*.png
#include "app/help/guidedialog.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/settings/appearance.h"
#include "app/settings/preferencesdialog.h"
#include "app/supervision/agreementsview.h"
#include "tests/gui/guihelpers.h"
#include "tests/gui/samplejournal.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

void save(QWidget* widget, const QString& name)
{
    const QString folder = QStringLiteral("/tmp/shots/desktop");
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    REQUIRE(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("Screenshots of every view, light and dark, Welsh and English", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("cy"), QStringLiteral("en")}) {
        for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
            test::switchLanguage(language);
            Appearance::apply(mode);
            const QString suffix = QLatin1Char('-') + language + QLatin1Char('-') + Appearance::code(mode);
            test::TempJournal journal;
            auto db = journal.open();
            test::fillSampleJournal(*db);
            MainWindow window(*db);
            window.resize(1180, 760);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            QTreeView* list = window.journal()->panel()->list();
            list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
            for (const QString& view :
                 {QStringLiteral("journal"), QStringLiteral("insight"), QStringLiteral("actions"),
                  QStringLiteral("calendar"), QStringLiteral("on-this-day"), QStringLiteral("supervision")}) {
                REQUIRE(window.showView(view));
                QTest::qWait(30);
                save(&window, view + suffix);
            }
            auto* agreements = window.findChild<AgreementsView*>();
            REQUIRE(agreements);
            for (int tab = 1; tab < agreements->tabs()->count(); ++tab) {
                agreements->tabs()->setCurrentIndex(tab);
                QTest::qWait(30);
                save(&window, QStringLiteral("supervision-tab%1").arg(tab) + suffix);
            }
            window.showGuide(QStringLiteral("supervision"));
            GuideDialog* guide = window.guide();
            REQUIRE(guide);
            guide->searchEdit()->setText(language == QLatin1String("cy") ? QStringLiteral("llofnodi")
                                                                         : QStringLiteral("sign"));
            save(guide, QStringLiteral("guide") + suffix);
            guide->close();
            PreferencesDialog preferences(&window);
            preferences.show();
            save(&preferences, QStringLiteral("preferences") + suffix);
            window.close();
        }
    }
    Appearance::apply(Appearance::Mode::System);
    test::switchLanguage(QStringLiteral("en"));
}
