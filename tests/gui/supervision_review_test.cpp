#include "app/supervision/agreementeditor.h"
#include "app/supervision/agreementsview.h"
#include "app/supervision/reviewtogetherdialog.h"
#include "core/i18n/translations.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/versiondiff.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

using namespace myfyrio;

namespace {

Agreement draftAgreement(const Database& db)
{
    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    c.startDate = QDate(2024, 3, 1);
    c.reviewDate = QDate(2024, 6, 1);
    c.frequencyWeeks = 4;
    c.texts.insert(QStringLiteral("recording"), QStringLiteral("The supervisor writes the record within a week."));
    c.texts.insert(QStringLiteral("context"),
                   QStringLiteral("Policy_v2 #3, the *Code* & 50% of [notes]\n\n- one\n- two"));
    auto created = AgreementStore(db).create(c, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    return *created;
}

} // namespace

TEST_CASE("Review together offers signing only when every section is agreed", "[gui][supervision]")
{
    test::TempJournal temp;
    auto db = temp.open();
    const Agreement agreement = draftAgreement(*db);
    ReviewTogetherDialog dialog(*db, agreement);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton* sign = dialog.signButton();
    auto* agreed = dialog.findChild<QRadioButton*>(QStringLiteral("markAgreed"));
    auto* toDiscuss = dialog.findChild<QRadioButton*>(QStringLiteral("markToDiscuss"));
    auto* next = dialog.findChildren<QPushButton*>().value(0);
    REQUIRE(agreed);
    REQUIRE(toDiscuss);
    REQUIRE(next);
    CHECK_FALSE(sign->isEnabled());
    CHECK_FALSE(dialog.nameField(SectionCatalog::supervisor())->isEnabled());

    // Walk the sections one at a time, agreeing each by clicking, but leave the last to discuss.
    const int count = static_cast<int>(SectionCatalog::sectionCodes().size());
    for (int i = 0; i < count; ++i) {
        REQUIRE(dialog.currentSection() == i);
        if (i == count - 1)
            QTest::mouseClick(toDiscuss, Qt::LeftButton);
        else
            QTest::mouseClick(agreed, Qt::LeftButton);
        if (i + 1 < count)
            dialog.showSection(i + 1);
    }
    CHECK(dialog.markOf(count - 1) == ReviewTogetherDialog::Mark::ToDiscuss);
    dialog.nameField(SectionCatalog::supervisor())->setText(QStringLiteral("Siân Llewelyn"));
    dialog.nameField(SectionCatalog::supervisee())->setText(QStringLiteral("Dafydd ap Gwilym"));
    CHECK_FALSE(dialog.allAgreed());
    CHECK_FALSE(sign->isEnabled());

    // Agreeing the last section offers signing; both names are needed.
    QTest::mouseClick(agreed, Qt::LeftButton);
    CHECK(dialog.allAgreed());
    CHECK(dialog.nameField(SectionCatalog::supervisor())->isEnabled());
    CHECK(sign->isEnabled());
    dialog.nameField(SectionCatalog::supervisee())->clear();
    CHECK_FALSE(sign->isEnabled());
    dialog.nameField(SectionCatalog::supervisee())->setText(QStringLiteral("Dafydd ap Gwilym"));
    CHECK(sign->isEnabled());

    // Going back and marking a section to discuss takes signing away again.
    dialog.showSection(2);
    QTest::mouseClick(toDiscuss, Qt::LeftButton);
    CHECK_FALSE(sign->isEnabled());
    QTest::mouseClick(agreed, Qt::LeftButton);
    REQUIRE(sign->isEnabled());

    QTest::mouseClick(sign, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.fingerprint().isEmpty());
    auto stored = AgreementStore(*db).find(agreement.id);
    REQUIRE(stored.ok());
    REQUIRE((*stored)->head()->isSigned());
    CHECK((*stored)->head()->fingerprint == dialog.fingerprint());
}

TEST_CASE("The agreements view marks a review that is due and compares versions", "[gui][supervision]")
{
    test::TempJournal temp;
    auto db = temp.open();
    const Agreement agreement = draftAgreement(*db);
    AgreementsView view(*db);
    view.setToday(QDate(2024, 5, 25));
    view.resize(1200, 800);
    view.show();
    auto* banner = view.findChild<QLabel*>(QStringLiteral("reviewBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Siân Llewelyn")));
    CHECK_FALSE(view.reminderSummary().isEmpty());
    view.setToday(QDate(2024, 5, 17)); // fifteen days ahead: not yet
    CHECK_FALSE(banner->isVisible());

    // Editing a section and saving keeps version 1 as the draft.
    CHECK(view.currentId() == agreement.id);
    auto* recording = view.findChild<QTextEdit*>(QStringLiteral("text-recording"));
    REQUIRE(recording);
    recording->setPlainText(QStringLiteral("The supervisee writes the record within two weeks."));
    REQUIRE(view.editor()->isModified());
    REQUIRE(view.editor()->save());
    auto stored = AgreementStore(*db).find(agreement.id);
    REQUIRE((*stored)->versions.size() == 1);
    CHECK((*stored)->head()->content.text(QStringLiteral("recording")).contains(QStringLiteral("two weeks")));
    // Sections nobody touched keep their words exactly.
    CHECK(VersionDiff::changedSections(agreement.head()->content, (*stored)->head()->content)
          == QStringList{QStringLiteral("recording")});
    CHECK((*stored)->head()->content.text(QStringLiteral("context"))
          == agreement.head()->content.text(QStringLiteral("context")));
}

TEST_CASE("A review carried on later keeps its marks and notes", "[gui][supervision]")
{
    test::TempJournal temp;
    auto db = temp.open();
    const Agreement agreement = draftAgreement(*db);
    ReviewTogetherDialog first(*db, agreement);
    first.mark(0, ReviewTogetherDialog::Mark::Agreed);
    first.mark(8, ReviewTogetherDialog::Mark::ToDiscuss, QStringLiteral("Who keeps the record?"));
    const auto progress = first.progress();
    ReviewTogetherDialog later(*db, agreement);
    later.restore(progress);
    CHECK(later.markOf(0) == ReviewTogetherDialog::Mark::Agreed);
    CHECK(later.markOf(8) == ReviewTogetherDialog::Mark::ToDiscuss);
    REQUIRE(later.notesToDiscuss().size() == 1);
    CHECK(later.notesToDiscuss().at(0).contains(QStringLiteral("Who keeps the record?")));
    CHECK_FALSE(later.signButton()->isEnabled());
}
