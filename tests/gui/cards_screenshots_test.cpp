// Renders the learning cards' screens to PNG for looking at (not run by default):
//   myfyrio_gui_tests "[.cardshots]"   → /tmp/cardshots/*.png
// and checks that no text in them is cut, in Welsh and English.

#include "app/cards/sharecarddialog.h"
#include "app/cards/sharedcardsdialog.h"
#include "app/cards/teamcardsview.h"
#include "app/cards/teamlearningdialog.h"
#include "core/learning/carddraft.h"
#include "core/learning/cardsharing.h"
#include "core/storage/database.h"
#include "tests/core/cardfixture.h"
#include "tests/gui/clipcheck.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace myfyrio;

namespace {

void shoot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/cardshots"));
    widget.show();
    QCoreApplication::processEvents();
    QTest::qWait(50);
    REQUIRE(widget.grab().save(QStringLiteral("/tmp/cardshots/") + name + QStringLiteral(".png")));
    widget.hide();
}

/// The team view on its Cards tab, with the first card chosen.
void showCardsTab(TeamLearningDialog& teamView)
{
    teamView.tabs()->setCurrentIndex(1);
    QTableView* list = teamView.cards()->list();
    REQUIRE(list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
}

} // namespace

TEST_CASE("learning card screens in Welsh and English", "[.cardshots]")
{
    test::TeamFolder team;
    team.fill();
    test::TempJournal temp;
    auto db = temp.open();
    const ProtectedNames names({QStringLiteral("Mair Pritchard")});
    const Reflection reflection = test::storeReflection(
        *db,
        test::cardReflection(QStringLiteral("Cofnodi gyda'r person"), QDate(2024, 3, 17), QStringLiteral("cy"),
                             QStringLiteral("Dysgodd Mair Pritchard i mi ofyn cyn cofnodi."),
                             QStringLiteral("Amser yn y llwyth gwaith i gofnodi gyda phobl."), QStringLiteral("person"),
                             FailureReason::HypothesisTesting, QStringLiteral("Es i weld Mair Pritchard ddydd Sul.")));
    CardShareRequest request{CardDraft::fromReflection(reflection), reflection, team.folder, names,
                             CardFindingsChoice::Redact};
    REQUIRE(CardSharing::share(*db, request).ok());

    for (const QString& language : {QStringLiteral("cy"), QStringLiteral("en")}) {
        test::switchLanguage(language);
        ShareCardDialog share(*db, reflection, names);
        shoot(share, QStringLiteral("share-") + language);
        SharedCardsDialog shared(*db);
        shoot(shared, QStringLiteral("shared-") + language);
        TeamLearningDialog teamView;
        teamView.setFolders({team.folder});
        shoot(teamView, QStringLiteral("team-") + language);
        showCardsTab(teamView);
        shoot(teamView, QStringLiteral("team-cards-") + language);
    }
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("No text is cut in the learning card dialogs at their own size, in Welsh and English", "[gui][cards][fit]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TeamFolder team;
    team.fill();
    test::TempJournal temp;
    auto db = temp.open();
    const ProtectedNames names({QStringLiteral("Mair Pritchard")});
    const Reflection reflection = test::storeReflection(
        *db, test::cardReflection(QStringLiteral("Shift handover"), QDate(2024, 3, 17), language,
                                  QStringLiteral("Mair Pritchard taught me to ask first."),
                                  QStringLiteral("Time to record with people?"), QStringLiteral("person"),
                                  FailureReason::HypothesisTesting, QStringLiteral("A body that stays private.")));
    CardShareRequest request{CardDraft::fromReflection(reflection), reflection, team.folder, names,
                             CardFindingsChoice::Redact};
    REQUIRE(CardSharing::share(*db, request).ok());

    ShareCardDialog share(*db, reflection, names);
    SharedCardsDialog shared(*db);
    TeamLearningDialog teamView;
    teamView.setFolders({team.folder});
    for (QWidget* dialog : std::initializer_list<QWidget*>{&share, &shared, &teamView}) {
        dialog->show();
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
        const QStringList problems = test::clippedTexts(dialog);
        INFO(dialog->objectName().toStdString() << " in " << language.toStdString() << ":\n"
                                                << problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        dialog->hide();
    }
    // The team view again, on its list of cards with one chosen.
    showCardsTab(teamView);
    teamView.show();
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    const QStringList problems = test::clippedTexts(&teamView);
    INFO("the team view's cards in " << language.toStdString() << ":\n"
                                     << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    teamView.hide();
    test::switchLanguage(QStringLiteral("en"));
}
