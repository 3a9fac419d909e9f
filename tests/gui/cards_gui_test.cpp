// Learning cards in the app: sharing a card from a reflection (refused while
// the card check finds something, until it is redacted or confirmed),
// withdrawing one, and the Team learning view over a folder of two journals'
// cards. Modal boxes are answered through the seams in app/dialogs.

#include "app/cards/sharecarddialog.h"
#include "app/cards/sharedcardsdialog.h"
#include "app/cards/teamlearningdialog.h"
#include "app/dialogs/dialogrunner.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "core/learning/carddraft.h"
#include "core/learning/cardfolderreader.h"
#include "core/learning/cardformat.h"
#include "core/learning/cardsharing.h"
#include "core/learning/sharedcardstore.h"
#include "core/storage/database.h"
#include "tests/core/cardfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

const ProtectedNames mair({QStringLiteral("Mair Pritchard")});

QStringList cardFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.myfyrio-card")}, QDir::Files);
}

struct OneReflection {
    test::TempJournal temp;
    std::unique_ptr<Database> db = temp.open();
    QString folder = temp.file(QStringLiteral("cards"));
    Reflection reflection = test::storeReflection(
        *db, test::cardReflection(QStringLiteral("Home visit"), QDate(2024, 5, 2), QStringLiteral("en"), QString(),
                                  QStringLiteral("Time to record with people?"), QStringLiteral("person"),
                                  FailureReason::ProcessInadequacy,
                                  QStringLiteral("Mair Pritchard was at home when I called on the second.")));

    OneReflection() { REQUIRE(QDir().mkpath(folder)); }
};

} // namespace

TEST_CASE("Sharing a learning card with a finding is refused until it is redacted or confirmed", "[gui][cards]")
{
    OneReflection journal;
    ShareCardDialog dialog(*journal.db, journal.reflection, mair);
    CHECK(dialog.titleEdit()->text() == QStringLiteral("Home visit"));
    CHECK(dialog.enablingEdit()->toPlainText() == QStringLiteral("Time to record with people?"));
    // No lesson yet: nothing to share, and the dialog says why.
    CHECK_FALSE(dialog.shareButton()->isEnabled());

    dialog.lessonEdit()->setPlainText(QStringLiteral("Mair Pritchard taught me to ask before I record."));
    REQUIRE(dialog.findings().size() == 1);
    REQUIRE(dialog.findingsList()->count() == 1);
    CHECK(dialog.findingsList()->item(0)->text().contains(QStringLiteral("Mair Pritchard")));
    CHECK(dialog.redactButton()->isEnabled());
    REQUIRE(dialog.shareButton()->isEnabled());

    SECTION("going back from the warning writes nothing and asks for no folder")
    {
        MessageBox::setNextAnswer(QMessageBox::RejectRole);
        FileDialog::setNextFileName(journal.folder);
        dialog.shareButton()->click();
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK(MessageBox::answeredTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Mair Pritchard")));
        CHECK(cardFiles(journal.folder).isEmpty());
        CHECK(SharedCardStore(*journal.db).list()->isEmpty());
        CHECK(dialog.result() != QDialog::Accepted);
        FileDialog::reset();
    }
    SECTION("redacting replaces the name, and the card is written")
    {
        dialog.redactButton()->click();
        CHECK(dialog.lessonEdit()->toPlainText() == QStringLiteral("[name] taught me to ask before I record."));
        CHECK(dialog.findings().isEmpty());
        CHECK_FALSE(dialog.redactButton()->isEnabled());
        FileDialog::setNextFileName(journal.folder);
        MessageBox::setNextAnswer(QMessageBox::Ok); // the "written" notice
        dialog.shareButton()->click();
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(cardFiles(journal.folder).size() == 1);
        auto file = CardFolderReader::readFile(dialog.writtenPath());
        REQUIRE(file.ok());
        CHECK(file->card.lesson == QStringLiteral("[name] taught me to ask before I record."));
        CHECK(file->card.month == QDate(2024, 5, 1));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
        CHECK((QFileInfo(dialog.writtenPath()).permissions() & others) == QFile::Permissions());
        CHECK(SharedCardStore(*journal.db).list()->size() == 1);
    }
    SECTION("sharing anyway, once confirmed, keeps what the writer typed")
    {
        MessageBox::setNextAnswer(QMessageBox::AcceptRole); // Share Anyway
        FileDialog::setNextFileName(journal.folder);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.shareButton()->click();
        CHECK(MessageBox::pendingAnswers() == 0);
        REQUIRE(cardFiles(journal.folder).size() == 1);
        auto file = CardFolderReader::readFile(dialog.writtenPath());
        REQUIRE(file.ok());
        CHECK(file->card.lesson.contains(QStringLiteral("Mair Pritchard")));
    }
}

TEST_CASE("A shared learning card is withdrawn from the list of shared cards", "[gui][cards]")
{
    OneReflection journal;
    CardShareRequest request{CardDraft::fromReflection(journal.reflection), journal.reflection, journal.folder, mair,
                             CardFindingsChoice::Refuse};
    request.card.lesson = QStringLiteral("Ask before you record.");
    auto shared = CardSharing::share(*journal.db, request);
    REQUIRE(shared.ok());
    const QString path = QDir(journal.folder).filePath(CardFormat::fileName(shared->id));

    SharedCardsDialog dialog(*journal.db);
    QTreeWidget* list = dialog.cardList();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Home visit"));
    CHECK(list->topLevelItem(0)->text(3) == QStringLiteral("Shared"));
    CHECK_FALSE(dialog.withdrawButton()->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(dialog.withdrawButton()->isEnabled());

    SECTION("saying no leaves the card standing")
    {
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.withdrawButton()->click();
        CHECK_FALSE(CardFolderReader::readFile(path)->withdrawn);
    }
    SECTION("saying yes replaces the file with a withdrawal record")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.withdrawButton()->click();
        auto file = CardFolderReader::readFile(path);
        REQUIRE(file.ok());
        CHECK(file->withdrawn);
        REQUIRE(list->topLevelItemCount() == 1); // the list followed the journal's change
        CHECK(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("Withdrawn on")));
        CHECK_FALSE(dialog.withdrawButton()->isEnabled());
    }
}

TEST_CASE("The Team learning view sums up a folder of two journals' cards and saves the PDF", "[gui][cards]")
{
    test::TeamFolder team;
    team.fill();
    // A file that is not a card, and a card withdrawn by its writer.
    QFile junk(QDir(team.folder).filePath(QStringLiteral("junk.myfyrio-card")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("{\"format\":\"myfyrio-card\",\"formatVersion\":1,\"id\":42}");
    junk.close();

    TeamLearningDialog dialog;
    dialog.setFolders({});
    CHECK_FALSE(dialog.pdfButton()->isEnabled());
    FileDialog::setNextFileName(team.folder);
    dialog.addButton()->click();
    REQUIRE(dialog.folderList()->count() == 1);
    CHECK(dialog.collection().cards.size() == 5);
    CHECK(dialog.collection().malformed == 1);

    const QString text = dialog.summary()->toPlainText();
    CHECK(text.contains(QStringLiteral("Learning cards: 5")));
    CHECK(text.contains(QStringLiteral("Not a card (malformed, too big, or a link)")));
    CHECK(text.contains(QStringLiteral("Praiseworthy: intelligent failures")));
    CHECK(text.contains(QStringLiteral("Hypothesis testing")));
    CHECK(text.contains(QStringLiteral("March 2024")));
    // The same question in three wordings counts as one, asked three times.
    CHECK(text.contains(QStringLiteral("Protected time for reflective supervision")));
    for (const QString& body : std::as_const(team.bodies))
        CHECK_FALSE(text.contains(body.left(30)));

    REQUIRE(dialog.pdfButton()->isEnabled());
    const QString pdf = team.root.filePath(QStringLiteral("team.pdf"));
    dialog.pdfLanguage()->setCurrentIndex(dialog.pdfLanguage()->findData(QStringLiteral("cy")));
    FileDialog::setNextFileName(pdf);
    MessageBox::setNextAnswer(QMessageBox::RejectRole); // the "saved" notice
    dialog.pdfButton()->click();
    REQUIRE(QFileInfo::exists(pdf));
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(tool.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(tool.readAllStandardOutput()).simplified();
    CHECK(pdfText.contains(QStringLiteral("Rotâu sy'n gadael amser i orffwys")));

    SECTION("removing the folder empties the summary and the PDF button")
    {
        dialog.folderList()->item(0)->setSelected(true);
        REQUIRE(dialog.removeButton()->isEnabled());
        dialog.removeButton()->click();
        CHECK(dialog.folders().isEmpty());
        CHECK_FALSE(dialog.pdfButton()->isEnabled());
    }
}

TEST_CASE("The File menu shares the open reflection as a card and opens the shared cards and the team view",
          "[gui][cards]")
{
    OneReflection journal;
    MainWindow window(*journal.db);
    QAction* share = window.action(QStringLiteral("shareCard"));
    REQUIRE(share);
    CHECK_FALSE(share->isEnabled()); // no reflection open yet
    REQUIRE(window.journal()->openReflection(journal.reflection.id, journal.reflection.date));
    REQUIRE(share->isEnabled());

    QString shownTitle;
    DialogRunner::setNextStep([&shownTitle](QDialog& dialog) {
        auto* card = qobject_cast<ShareCardDialog*>(&dialog);
        REQUIRE(card);
        shownTitle = card->titleEdit()->text();
        dialog.reject();
    });
    share->trigger();
    CHECK(DialogRunner::pendingSteps() == 0);
    CHECK(shownTitle == QStringLiteral("Home visit"));

    bool sharedShown = false;
    DialogRunner::setNextStep(
        [&sharedShown](QDialog& dialog) { sharedShown = qobject_cast<SharedCardsDialog*>(&dialog); });
    window.action(QStringLiteral("sharedCards"))->trigger();
    CHECK(sharedShown);
    bool teamShown = false;
    DialogRunner::setNextStep(
        [&teamShown](QDialog& dialog) { teamShown = qobject_cast<TeamLearningDialog*>(&dialog); });
    window.action(QStringLiteral("teamLearning"))->trigger();
    CHECK(teamShown);
}
