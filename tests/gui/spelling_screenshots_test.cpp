// Renders spell-checking and search marks to PNG files for looking at (not run by default):
//   myfyrio_gui_tests "[.screenshots]"   → /tmp/shots/gui/spelling-*.png, search-*.png

#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/spelling/checkedtexts.h"
#include "app/spelling/spellhighlighter.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace myfyrio;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/gui"));
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/gui/") + name + QStringLiteral(".png")));
}

void settle(ReflectionEditor* editor)
{
    SpellHighlighter* spelling = editor->checkedTexts()->highlighterOf(editor->bodyEdit());
    REQUIRE(QTest::qWaitFor([spelling] { return !spelling->isBusy(); }, 10000));
    QTest::qWait(300); // the search marks follow the text a moment after it changes
}

} // namespace

TEST_CASE("Screenshots of spelling and search", "[.screenshots]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection welsh = test::addReflection(
        *db, QStringLiteral("Ymweliad â'r dref"), QDate(2024, 3, 1), {QStringLiteral("ymweliadau")},
        QStringLiteral("Mae’r tîm yn gwiatho'n galed. Dw i'n mynd i'r dref gyda'i fam bob dydd Llun, ac o'n i'n "
                       "meddwl bod y sefyllfa'n anodd. Roedd fy nhref i'n dawel, ond roedd y ffordd i Fangor ar "
                       "gau, felly es i'r ysgoll yn hwyr. Yn y thref nesaf, bydd y cyfarfod yn Mangor."),
        QStringLiteral("cy"));
    const Reflection english = test::addReflection(
        *db, QStringLiteral("Night shift handover"), QDate(2024, 2, 20), {QStringLiteral("handover")},
        QStringLiteral("The handover was rushed and I missed the note about Mr Evans's medicaton. Next time I will "
                       "use the cheklist before I leave, and ask the team's lead to check it with me."),
        QStringLiteral("en"));
    test::addReflection(*db, QStringLiteral("Tref newydd"), QDate(2024, 1, 5), {},
                        QStringLiteral("Symud i dref newydd."), QStringLiteral("cy"));

    for (const QString& language : {QStringLiteral("cy"), QStringLiteral("en")}) {
        test::switchLanguage(language);
        MainWindow window(*db);
        window.resize(1180, 760);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        JournalView* view = window.journal();
        REQUIRE(view->openReflection(welsh.id, welsh.date));
        settle(view->editor());
        shoot(&window, QStringLiteral("spelling-welsh-entry-") + language);
        REQUIRE(view->openReflection(english.id, english.date));
        settle(view->editor());
        shoot(&window, QStringLiteral("spelling-english-entry-") + language);

        view->panel()->searchBox()->setText(QStringLiteral("Bangor tref"));
        view->panel()->applyFilter();
        REQUIRE(view->openReflection(welsh.id, welsh.date));
        settle(view->editor());
        shoot(&window, QStringLiteral("search-mutated-matches-") + language);
    }
    test::switchLanguage(QStringLiteral("en"));
}
