#include "app/failure/failureplacementpanel.h"
#include "app/journal/actionspanel.h"
#include "app/journal/guidedanswerspanel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QComboBox>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

/// The widgets inside the editor that ask for more width than the editor shows, for the
/// failure message.
QString tooWide(const QWidget* content, int available)
{
    QStringList names;
    for (const QWidget* child : content->findChildren<QWidget*>()) {
        if (!child->isVisibleTo(content) || child->minimumSizeHint().width() <= available)
            continue;
        names << QStringLiteral("%1 %2 (%3)")
                     .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                     .arg(child->minimumSizeHint().width());
    }
    for (const QLayout* layout : content->findChildren<QLayout*>()) {
        if (layout->minimumSize().width() <= available - 28)
            continue;
        const QWidget* owner = layout->parentWidget();
        names << QStringLiteral("layout in %1 %2 (%3)")
                     .arg(QString::fromLatin1(owner ? owner->metaObject()->className() : "?"),
                          owner ? owner->objectName() : QString())
                     .arg(layout->minimumSize().width());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("The reflection editor never scrolls sideways at the default window size", "[gui][editor]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    Reflection r;
    r.title = QStringLiteral("Missed the medication note at handover");
    r.date = QDate(2024, 4, 2);
    r.model = QStringLiteral("failure");
    r.answers.insert(QStringLiteral("what_happened"), QStringLiteral("Handover took five minutes."));
    r.failure = FailurePlacement{};
    r.failure->reason = FailureReason::Inattention;
    r.failure->blameFelt = 3;
    r.actions = {Action{{}, QStringLiteral("Ask for a handover checklist"), QDate(2024, 4, 9), false, {}, {}}};
    REQUIRE(ReflectionStore(*db).add(r).ok());

    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    ReflectionEditor* editor = window.journal()->editor();
    REQUIRE(editor->hasReflection());
    // Every panel is there and showing its full contents.
    REQUIRE(editor->findChild<FailurePlacementPanel*>());
    REQUIRE(editor->findChild<GuidedAnswersPanel*>());
    REQUIRE(editor->findChild<ActionsPanel*>());
    REQUIRE(editor->findChild<GuidedAnswersPanel*>()->modelChooser()->currentData().toString()
            == QStringLiteral("failure"));
    QCoreApplication::processEvents();

    QScrollArea* scroll = editor->findChild<QScrollArea*>();
    REQUIRE(scroll);
    INFO("language " << language.toStdString() << ", viewport " << scroll->viewport()->width()
                     << ", too wide: " << tooWide(scroll->widget(), scroll->viewport()->width()).toStdString());
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    CHECK(scroll->widget()->width() <= scroll->viewport()->width());
    window.close();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("Every view fits the default window size in Welsh and English", "[gui][mainwindow]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    Reflection brought =
        test::addReflection(*db, QStringLiteral("Missed the medication note at handover"), QDate::currentDate());
    brought.bringToSupervision = true;
    REQUIRE(ReflectionStore(*db).update(brought).ok());
    AgreementContent agreement;
    agreement.supervisorName = QStringLiteral("Siân Llewelyn");
    agreement.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    agreement.startDate = QDate::currentDate().addMonths(-4);
    agreement.reviewDate = QDate::currentDate().addDays(10);
    agreement.frequencyWeeks = 4;
    agreement.lengthMinutes = 90;
    agreement.format = QStringLiteral("one_to_one");
    REQUIRE(AgreementStore(*db).create(agreement, SectionCatalog::supervisee()).ok());
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const QString& view :
         {QStringLiteral("journal"), QStringLiteral("insight"), QStringLiteral("actions"), QStringLiteral("calendar"),
          QStringLiteral("on-this-day"), QStringLiteral("supervision")}) {
        REQUIRE(window.showView(view));
        QTest::qWait(50);
        INFO("language " << language.toStdString() << ", view " << view.toStdString());
        CHECK(window.minimumSizeHint().width() <= 1180);
        CHECK(window.width() == 1180);
    }
    window.close();
    test::switchLanguage(QStringLiteral("en"));
}
