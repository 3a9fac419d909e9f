#include "app/failure/failureplacementpanel.h"
#include "app/insight/insightview.h"
#include "app/insight/periodchooser.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/failure/failureinsight.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/palette/failurepalette.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

void place(const Database& db, const QDate& date, FailureReason reason, std::optional<int> blame = std::nullopt)
{
    Reflection r;
    r.title = QStringLiteral("Event %1").arg(FailureSpectrum::code(reason));
    r.date = date;
    r.failure = FailurePlacement{};
    r.failure->reason = reason;
    r.failure->blameFelt = blame;
    auto added = ReflectionStore(db).add(r);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
}

/// Pixels close to a type's colour: the bars drawn in it.
int pixelsLike(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12
                && std::abs(c.blue() - colour.blue()) < 12)
                ++count;
        }
    return count;
}

QString categoryText(QChartView* view)
{
    const auto axes = view->chart()->axes(Qt::Vertical);
    REQUIRE(!axes.isEmpty());
    auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
    REQUIRE(categories != nullptr);
    return categories->categories().join(QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

TEST_CASE("The insight charts draw the counts and follow the language", "[gui][failure][insight]")
{
    test::TempJournal journal;
    auto db = journal.open();
    place(*db, QDate(2024, 1, 1), FailureReason::ProcessComplexity, 1);
    place(*db, QDate(2024, 2, 10), FailureReason::ProcessComplexity, 2);
    place(*db, QDate(2024, 3, 5), FailureReason::Deviance, 4);
    place(*db, QDate(2024, 12, 31), FailureReason::ExploratoryTesting);
    place(*db, QDate(2025, 1, 1), FailureReason::Inattention);

    InsightView view(*db);
    view.resize(1000, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.periodChooser()->setCustom(QDate(2024, 1, 1), QDate(2024, 12, 31));
    CHECK(view.counts().total == 4);
    CHECK(view.counts().count(FailureReason::ProcessComplexity) == 2);
    CHECK(view.counts().months.size() == 12);
    CHECK(view.summaryText() == FailureInsight::summary(view.counts()));

    QCoreApplication::processEvents();
    const QImage chart = view.reasonsView()->grab().toImage();
    CHECK(pixelsLike(chart, FailurePalette::colour(FailureType::Basic)) > 200);
    CHECK(pixelsLike(chart, FailurePalette::colour(FailureType::Complex)) > 200);
    CHECK(pixelsLike(view.trendView()->grab().toImage(), FailurePalette::colour(FailureType::Basic)) > 50);
    CHECK(pixelsLike(view.blameView()->grab().toImage(), FailurePalette::colour(FailureType::Complex)) > 50);

    InsightView empty(*db);
    empty.resize(1000, 900);
    empty.show();
    empty.periodChooser()->setCustom(QDate(2020, 1, 1), QDate(2020, 12, 31));
    QCoreApplication::processEvents();
    CHECK(pixelsLike(empty.reasonsView()->grab().toImage(), FailurePalette::colour(FailureType::Complex)) < 50);

    const QString englishTitle = view.reasonsView()->chart()->title();
    CHECK(categoryText(view.reasonsView()).contains(QStringLiteral("Process complexity")));
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(view.reasonsView()->chart()->title() != englishTitle);
    CHECK(categoryText(view.reasonsView()).contains(QStringLiteral("Cymhlethdod y broses")));
    CHECK(view.summaryText() == FailureInsight::summary(view.counts(), QStringLiteral("cy")));
    test::switchLanguage(QStringLiteral("en"));
    CHECK(view.reasonsView()->chart()->title() == englishTitle);
}

TEST_CASE("The journal list filters by reason and type and marks placed reflections", "[gui][failure]")
{
    test::TempJournal journal;
    auto db = journal.open();
    const QDate today = QDate::currentDate();
    place(*db, today, FailureReason::Uncertainty);
    place(*db, today, FailureReason::Deviance);
    test::addReflection(*db, QStringLiteral("Not placed"), today);

    MainWindow window(*db);
    window.resize(1100, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    JournalModel* model = window.journal()->model();
    CHECK(model->totalCount() == 3);

    auto* filter = window.journal()->panel()->findChild<QWidget*>(QStringLiteral("failureFilter"));
    REQUIRE(filter != nullptr);
    auto boxes = filter->findChildren<QComboBox*>();
    REQUIRE(boxes.size() == 2);
    QComboBox* reasons = boxes.at(0);
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("uncertainty")));
    emit reasons->activated(reasons->currentIndex());
    CHECK(model->totalCount() == 1);
    reasons->setCurrentIndex(0);
    emit reasons->activated(0);
    QComboBox* types = boxes.at(1);
    types->setCurrentIndex(types->findData(QStringLiteral("basic")));
    emit types->activated(types->currentIndex());
    CHECK(model->totalCount() == 1);
    types->setCurrentIndex(0);
    emit types->activated(0);
    CHECK(model->totalCount() == 3);

    const QModelIndex month = model->index(0, 0);
    QStringList marked;
    for (int r = 0; r < model->rowCount(month); ++r)
        marked.append(model->index(r, 0, month).data(JournalModel::FailureReasonRole).toString());
    marked.sort();
    CHECK(marked == QStringList{QString(), QStringLiteral("deviance"), QStringLiteral("uncertainty")});
}

TEST_CASE("The placement panel comes before the panels that ask what will I do", "[gui][failure]")
{
    test::TempJournal journal;
    auto db = journal.open();
    MainWindow window(*db);
    auto* panel = window.journal()->editor()->findChild<FailurePlacementPanel*>();
    REQUIRE(panel != nullptr);
    const auto panels = window.journal()->editor()->findChildren<ReflectionPanel*>();
    REQUIRE(panels.size() >= 1);
    // The editor keeps its panels in the order they were added; the placement is added first.
    CHECK(panels.first() == panel);
}
