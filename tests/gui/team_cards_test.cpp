// The cards themselves in the Team learning view: two card folders (with a
// copy of one card in both, a withdrawn card and a malformed file), filtered
// through the real filter controls by reason, tag, words and months; the list
// shows exactly the cards that match, the pattern counts only them, and the
// chosen card is shown whole. Keyboard: access keys, names, Clear Filters.

#include "app/cards/cardfilterbar.h"
#include "app/cards/cardlistmodel.h"
#include "app/cards/teamcardsview.h"
#include "app/cards/teamlearningdialog.h"
#include "core/learning/cardformat.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

#include <set>

using namespace myfyrio;

namespace {

LearningCard makeCard(const QString& title, const QDate& month, const QString& language,
                      std::optional<FailureReason> reason, const QString& scale, const QStringList& tags,
                      const QString& lesson, const QString& author = {})
{
    LearningCard card;
    card.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    card.title = title;
    card.month = month;
    card.language = language;
    card.scale = scale;
    card.tags = tags;
    card.lesson = lesson;
    card.author = author;
    card.enabling = QStringLiteral("Protected time for reflective supervision?");
    if (reason)
        card.failure = CardFailure{*reason, FailureSpectrum::suggestedType(*reason), FailureSetting::Novel};
    return card;
}

void writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    QFile file(QDir(folder).filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void writeCard(const QString& folder, const LearningCard& card)
{
    writeFile(folder, CardFormat::fileName(card.id), CardFormat::serialize(card));
}

/// Two folders of cards, as two teams' shared drives.
struct TwoFolders {
    QTemporaryDir root;
    QString first;
    QString second;
    LearningCard asking =
        makeCard(QStringLiteral("Asking before recording"), QDate(2024, 3, 1), QStringLiteral("en"),
                 FailureReason::HypothesisTesting, QStringLiteral("person"),
                 {QStringLiteral("visits"), QStringLiteral("recording")},
                 QStringLiteral("Ask what matters first, then write it down together."), QStringLiteral("MP"));
    LearningCard water =
        makeCard(QStringLiteral("Dŵr ar y llawr"), QDate(2024, 5, 1), QStringLiteral("cy"),
                 FailureReason::ProcessInadequacy, QStringLiteral("organisation"), {QStringLiteral("diogelwch")},
                 QStringLiteral("Roedd dŵr ar lawr y gegin ac nid oedd neb wedi'i gofnodi."));
    LearningCard rota = makeCard(QStringLiteral("Rota gaps"), QDate(2023, 11, 1), QStringLiteral("en"), std::nullopt,
                                 QString(), {QStringLiteral("Visits"), QStringLiteral("rota")},
                                 QStringLiteral("Gaps in the rota meant visits were rushed."));
    LearningCard handover =
        makeCard(QStringLiteral("Handover hypothesis"), QDate(2024, 4, 1), QStringLiteral("en"),
                 FailureReason::HypothesisTesting, QStringLiteral("place"), {QStringLiteral("handover")},
                 QStringLiteral("We tried a spoken handover for a month; the water leak was "
                                "caught the next day."));
    LearningCard withdrawn = makeCard(QStringLiteral("Withdrawn lesson"), QDate(2024, 3, 1), QStringLiteral("en"),
                                      FailureReason::HypothesisTesting, QStringLiteral("person"),
                                      {QStringLiteral("visits")}, QStringLiteral("A card its writer took back."));

    TwoFolders()
    {
        REQUIRE(root.isValid());
        first = root.filePath(QStringLiteral("team-a"));
        second = root.filePath(QStringLiteral("team-b"));
        REQUIRE(QDir().mkpath(first));
        REQUIRE(QDir().mkpath(second));
        writeCard(first, asking);
        writeCard(first, water);
        writeFile(first, CardFormat::fileName(withdrawn.id), CardFormat::serializeWithdrawal(withdrawn.id));
        writeFile(first, QStringLiteral("broken.myfyrio-card"),
                  CardFormat::serialize(makeCard(QStringLiteral("Broken card"), QDate(2024, 3, 1), QStringLiteral("en"),
                                                 std::nullopt, QString(), {}, QStringLiteral("Cut short.")))
                      .chopped(12));
        writeCard(second, rota);
        writeCard(second, handover);
        writeCard(second, withdrawn);
        writeCard(second, asking); // the same card in both folders, listed once
    }
};

/// The titles the card list shows, as the user sees them.
std::multiset<QString> listedTitles(TeamLearningDialog& dialog)
{
    const QAbstractItemModel* model = dialog.cards()->list()->model();
    std::multiset<QString> titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.insert(model->index(row, CardListModel::TitleColumn).data().toString());
    return titles;
}

std::multiset<QString> titlesOf(std::initializer_list<const LearningCard*> cards)
{
    std::multiset<QString> titles;
    for (const LearningCard* card : cards)
        titles.insert(card->title);
    return titles;
}

void choose(QComboBox* box, const QString& text)
{
    const int index = box->findText(text);
    INFO("no choice “" << text.toStdString() << "” in " << box->objectName().toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The team view lists the cards of two folders and its filters keep exactly the matching ones", "[gui][cards]")
{
    test::switchLanguage(QStringLiteral("en"));
    TwoFolders folders;
    TeamLearningDialog dialog;
    dialog.setFolders({folders.first, folders.second});
    CardFilterBar* filters = dialog.filters();

    // Withdrawn and malformed cards are not listed; the copy in both folders once.
    CHECK(listedTitles(dialog) == titlesOf({&folders.asking, &folders.water, &folders.rota, &folders.handover}));
    CHECK(dialog.collection().malformed == 1);
    CHECK(dialog.collection().withdrawn == 1);
    CHECK(dialog.cards()->countLabel()->text().contains(QStringLiteral("Cards in the folders: 4")));
    // The latest month first.
    CHECK(dialog.cards()->list()->model()->index(0, CardListModel::TitleColumn).data().toString()
          == folders.water.title);

    SECTION("by reason, and the pattern counts only the cards kept")
    {
        choose(filters->reason(), FailureSpectrum::label(FailureReason::HypothesisTesting));
        CHECK(listedTitles(dialog) == titlesOf({&folders.asking, &folders.handover}));
        const QString pattern = dialog.summary()->toPlainText();
        CHECK(pattern.contains(QStringLiteral("Learning cards: 2")));
        CHECK(pattern.contains(QStringLiteral("Cards the filters keep: 2. Cards in the folders: 4.")));
        CHECK(dialog.cards()->countLabel()->text().contains(QStringLiteral("Cards the filters keep: 2")));

        // Clear Filters, from the keyboard (Alt+I, or Space once Tab reaches it).
        CHECK(QKeySequence::mnemonic(filters->clearButton()->text()) == QKeySequence(Qt::ALT | Qt::Key_I));
        CHECK(filters->clearButton()->focusPolicy() & Qt::TabFocus);
        QTest::keyClick(filters->clearButton(), Qt::Key_Space);
        CHECK(filters->reason()->currentIndex() == 0);
        CHECK(listedTitles(dialog).size() == 4);
        CHECK(dialog.summary()->toPlainText().contains(QStringLiteral("Learning cards: 4")));
    }

    SECTION("by tag, ignoring case")
    {
        choose(filters->tag(), QStringLiteral("visits"));
        CHECK(listedTitles(dialog) == titlesOf({&folders.asking, &folders.rota}));
        CHECK(filters->tag()->findText(QStringLiteral("Visits")) < 0); // offered once
    }

    SECTION("by words, whatever their accents, in the title, lesson, question or tags")
    {
        QTest::keyClicks(filters->words(), QStringLiteral("dwr"));
        CHECK(listedTitles(dialog) == titlesOf({&folders.water}));
        filters->words()->clear();
        QTest::keyClicks(filters->words(), QStringLiteral("water  HANDOVER"));
        CHECK(listedTitles(dialog) == titlesOf({&folders.handover}));
        filters->words()->clear();
        QTest::keyClicks(filters->words(), QStringLiteral("nothing matches this"));
        CHECK(listedTitles(dialog).empty());
        CHECK(dialog.summary()->toPlainText().contains(QStringLiteral("No card matches the filters.")));
        CHECK_FALSE(dialog.pdfButton()->isEnabled());
    }

    SECTION("by months, from and to, with the other filters")
    {
        choose(filters->fromMonth(), QStringLiteral("March 2024"));
        choose(filters->toMonth(), QStringLiteral("April 2024"));
        CHECK(listedTitles(dialog) == titlesOf({&folders.asking, &folders.handover}));
        choose(filters->scale(), QStringLiteral("Place"));
        CHECK(listedTitles(dialog) == titlesOf({&folders.handover}));
        choose(filters->scale(), QStringLiteral("Any scale"));
        choose(filters->fromMonth(), QStringLiteral("Any month"));
        choose(filters->language(), QStringLiteral("English"));
        CHECK(listedTitles(dialog) == titlesOf({&folders.asking, &folders.rota, &folders.handover}));
        choose(filters->type(), FailureSpectrum::label(FailureType::Intelligent));
        CHECK(listedTitles(dialog) == titlesOf({&folders.asking, &folders.handover}));
        filters->clearButton()->click();
        CHECK(listedTitles(dialog).size() == 4);
    }

    SECTION("choosing a card shows it whole")
    {
        QTableView* list = dialog.cards()->list();
        int row = -1;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, CardListModel::TitleColumn).data() == folders.asking.title)
                row = r;
        }
        REQUIRE(row >= 0);
        list->setCurrentIndex(list->model()->index(row, 0));
        const QString shown = dialog.cards()->details()->toPlainText();
        for (const QString& part :
             {folders.asking.title, folders.asking.lesson, folders.asking.enabling,
              FailureSpectrum::label(FailureReason::HypothesisTesting),
              FailureSpectrum::label(FailureType::Intelligent), FailureSpectrum::label(FailureSetting::Novel),
              QStringLiteral("Person"), QStringLiteral("visits, recording"), QStringLiteral("March 2024"),
              QStringLiteral("English"), QStringLiteral("MP")}) {
            INFO(part.toStdString());
            CHECK(shown.contains(part));
        }
        // A filter that leaves the card out leaves the card view empty too.
        choose(filters->reason(), FailureSpectrum::label(FailureReason::ProcessInadequacy));
        CHECK_FALSE(dialog.cards()->details()->toPlainText().contains(folders.asking.lesson));
    }
}

TEST_CASE("The team view's filters follow the interface language and keep what is chosen", "[gui][cards][cy]")
{
    TwoFolders folders;
    test::switchLanguage(QStringLiteral("en"));
    TeamLearningDialog dialog;
    dialog.setFolders({folders.first, folders.second});
    choose(dialog.filters()->fromMonth(), QStringLiteral("April 2024"));
    REQUIRE(listedTitles(dialog) == titlesOf({&folders.water, &folders.handover}));
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(dialog.filters()->fromMonth()->currentText() == QStringLiteral("Ebrill 2024"));
    CHECK(dialog.filters()->reason()->itemText(0) == QStringLiteral("Unrhyw reswm"));
    CHECK(listedTitles(dialog) == titlesOf({&folders.water, &folders.handover}));
    CHECK(dialog.tabs()->tabText(1) == QStringLiteral("Cardia&u"));
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Every control of the team view has a name, and no two share an access key, in Welsh and English",
          "[gui][cards][accessibility]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    TwoFolders folders;
    TeamLearningDialog dialog;
    dialog.setFolders({folders.first, folders.second});
    dialog.tabs()->setCurrentIndex(1);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QStringList unnamed;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    INFO("without a name: " << unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());

    QMap<QString, QStringList> byKey;
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        texts << button->text();
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        texts << dialog.tabs()->tabText(i);
    for (const QString& text : std::as_const(texts)) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString()] << text;
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.value().join(QStringLiteral(" / "));
    }
    INFO("access keys used twice: " << clashes.join(QStringLiteral("; ")).toStdString());
    CHECK(clashes.isEmpty());
    dialog.hide();
    test::switchLanguage(QStringLiteral("en"));
}
