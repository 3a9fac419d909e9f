#include "app/supervision/agreementsview.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace myfyrio;

TEST_CASE("The supervision view says what to do when there is no agreement yet", "[gui][supervision]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    {
        AgreementsView view(*db);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        auto* note = view.findChild<QLabel*>(QStringLiteral("noAgreementsNote"));
        REQUIRE(note);
        CHECK(note->isVisible());
        CHECK(note->text().contains(QStringLiteral("no supervision agreements yet")));
        CHECK_FALSE(view.tabs()->isVisible());
    }
    AgreementContent content;
    content.supervisorName = QStringLiteral("Siân Llewelyn");
    content.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    REQUIRE(AgreementStore(*db).create(content, SectionCatalog::supervisee()).ok());
    AgreementsView view(*db);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK_FALSE(view.findChild<QLabel*>(QStringLiteral("noAgreementsNote"))->isVisible());
    CHECK(view.tabs()->isVisible());
}
