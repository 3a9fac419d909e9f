#include "core/failure/failureinsight.h"
#include "core/failure/failureplacementstore.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/io/backupexporter.h"
#include "core/io/backupimporter.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/migration.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QSet>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

Reflection placedOn(const QDate& date, FailureReason reason, std::optional<int> blame = std::nullopt)
{
    Reflection r;
    r.title = QStringLiteral("Event");
    r.date = date;
    FailurePlacement placement;
    placement.reason = reason;
    placement.blameFelt = blame;
    r.failure = placement;
    return r;
}

Reflection addTo(const Database& db, const Reflection& reflection)
{
    auto added = ReflectionStore(db).add(reflection);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return *added;
}

} // namespace

TEST_CASE("Each of the nine reasons suggests its type", "[failure]")
{
    using R = FailureReason;
    using T = FailureType;
    const QVector<QPair<R, T>> expected = {
        {R::Deviance, T::Basic},
        {R::Inattention, T::Basic},
        {R::LackOfAbility, T::Basic},
        {R::ProcessInadequacy, T::Basic},
        {R::TaskChallenge, T::Basic},
        {R::ProcessComplexity, T::Complex},
        {R::Uncertainty, T::Complex},
        {R::HypothesisTesting, T::Intelligent},
        {R::ExploratoryTesting, T::Intelligent},
    };
    REQUIRE(FailureSpectrum::reasons().size() == 9);
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(FailureSpectrum::reasons().at(i) == expected.at(i).first);
        CHECK(FailureSpectrum::position(expected.at(i).first) == i + 1);
        CHECK(FailureSpectrum::suggestedType(expected.at(i).first) == expected.at(i).second);
    }
    const QStringList codes = {QStringLiteral("deviance"),           QStringLiteral("inattention"),
                               QStringLiteral("lack_of_ability"),    QStringLiteral("process_inadequacy"),
                               QStringLiteral("task_challenge"),     QStringLiteral("process_complexity"),
                               QStringLiteral("uncertainty"),        QStringLiteral("hypothesis_testing"),
                               QStringLiteral("exploratory_testing")};
    for (int i = 0; i < codes.size(); ++i) {
        CHECK(FailureSpectrum::code(FailureSpectrum::reasons().at(i)) == codes.at(i));
        CHECK(FailureSpectrum::reasonFromCode(codes.at(i)) == FailureSpectrum::reasons().at(i));
    }
    CHECK_FALSE(FailureSpectrum::reasonFromCode(QStringLiteral("carelessness")).has_value());
}

TEST_CASE("A placement keeps its type override and its answers through the journal", "[failure]")
{
    TempJournal temp;
    auto db = temp.open();
    Reflection r = placedOn(QDate(2024, 5, 1), FailureReason::Inattention, 3);
    r.failure->chosenType = FailureType::Complex;
    r.failure->setting = FailureSetting::Variable;
    r.failure->systemFactors = QStringLiteral("Twelve-hour shift, two staff off sick.");
    const Reflection added = addTo(*db, r);

    auto found = ReflectionStore(*db).find(added.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const auto& placement = (*found)->failure;
    REQUIRE(placement.has_value());
    CHECK(placement->reason == FailureReason::Inattention);
    CHECK(placement->type() == FailureType::Complex);
    CHECK(placement->typeOverridden());
    CHECK(placement->setting == FailureSetting::Variable);
    CHECK(placement->blameFelt == 3);
    CHECK(placement->systemFactors == QStringLiteral("Twelve-hour shift, two staff off sick."));

    SECTION("without an override the type follows the reason")
    {
        Reflection changed = **found;
        changed.failure->chosenType.reset();
        changed.failure->reason = FailureReason::Uncertainty;
        REQUIRE(ReflectionStore(*db).update(changed).ok());
        auto again = ReflectionStore(*db).find(added.id);
        REQUIRE(again.ok());
        CHECK((*again)->failure->type() == FailureType::Complex);
        CHECK_FALSE((*again)->failure->typeOverridden());
    }
    SECTION("clearing the placement removes it")
    {
        Reflection cleared = **found;
        cleared.failure.reset();
        REQUIRE(ReflectionStore(*db).update(cleared).ok());
        auto again = ReflectionStore(*db).find(added.id);
        REQUIRE(again.ok());
        CHECK_FALSE((*again)->failure.has_value());
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM failure_placement"))->toInt() == 0);
    }
}

TEST_CASE("Blame felt outside 0 to 4 is refused and nothing is written", "[failure]")
{
    TempJournal temp;
    auto db = temp.open();
    for (int blame : {-1, 5}) {
        auto added = ReflectionStore(*db).add(placedOn(QDate(2024, 1, 1), FailureReason::Deviance, blame));
        CHECK_FALSE(added.ok());
        CHECK_FALSE(added.error().isEmpty());
    }
    CHECK(ReflectionStore(*db).count().value() == 0);
}

TEST_CASE("Lists filter by reason and by type and mark placed reflections", "[failure]")
{
    TempJournal temp;
    auto db = temp.open();
    addTo(*db, placedOn(QDate(2024, 1, 1), FailureReason::Deviance));
    Reflection overridden = placedOn(QDate(2024, 1, 2), FailureReason::TaskChallenge);
    overridden.failure->chosenType = FailureType::Complex;
    addTo(*db, overridden);
    addTo(*db, placedOn(QDate(2024, 1, 3), FailureReason::ExploratoryTesting));
    Reflection plain;
    plain.title = QStringLiteral("Not placed");
    plain.date = QDate(2024, 1, 4);
    addTo(*db, plain);

    const ReflectionStore store(*db);
    ReflectionFilter byReason;
    byReason.failureReason = QStringLiteral("task_challenge");
    CHECK(store.count(byReason).value() == 1);
    ReflectionFilter byType;
    byType.failureType = QStringLiteral("complex");
    CHECK(store.count(byType).value() == 1);
    byType.failureType = QStringLiteral("basic");
    CHECK(store.count(byType).value() == 1);
    byType.failureType = QStringLiteral("intelligent");
    CHECK(store.count(byType).value() == 1);

    auto rows = store.list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK(rows->at(0).failureReason.isEmpty());
    CHECK(rows->at(1).failureReason == QStringLiteral("exploratory_testing"));
    CHECK(rows->at(3).failureReason == QStringLiteral("deviance"));
}

TEST_CASE("Counts for a period include both edge days and no day beyond", "[failure]")
{
    TempJournal temp;
    auto db = temp.open();
    addTo(*db, placedOn(QDate(2023, 12, 31), FailureReason::Deviance));
    addTo(*db, placedOn(QDate(2024, 1, 1), FailureReason::ProcessComplexity));
    addTo(*db, placedOn(QDate(2024, 6, 15), FailureReason::ProcessComplexity));
    addTo(*db, placedOn(QDate(2024, 12, 31), FailureReason::HypothesisTesting));
    addTo(*db, placedOn(QDate(2025, 1, 1), FailureReason::Uncertainty));

    auto counts = FailureInsight(*db).counts(QDate(2024, 1, 1), QDate(2024, 12, 31));
    REQUIRE(counts.ok());
    CHECK(counts->total == 3);
    CHECK(counts->count(FailureReason::Deviance) == 0);
    CHECK(counts->count(FailureReason::ProcessComplexity) == 2);
    CHECK(counts->count(FailureReason::HypothesisTesting) == 1);
    CHECK(counts->count(FailureReason::Uncertainty) == 0);
    CHECK(counts->count(FailureType::Complex) == 2);
    CHECK(counts->count(FailureType::Intelligent) == 1);
    CHECK(counts->count(FailureType::Basic) == 0);
    REQUIRE(counts->months.size() == 12);
    CHECK(counts->months.first().month == QDate(2024, 1, 1));
    CHECK(counts->months.first().count(FailureType::Complex) == 1);
    CHECK(counts->months.at(5).count(FailureType::Complex) == 1);
    CHECK(counts->months.last().count(FailureType::Intelligent) == 1);

    auto all = FailureInsight(*db).counts({}, {});
    REQUIRE(all.ok());
    CHECK(all->total == 5);
    CHECK(all->months.size() == 14);

    auto oneDay = FailureInsight(*db).counts(QDate(2024, 12, 31), QDate(2024, 12, 31));
    REQUIRE(oneDay.ok());
    CHECK(oneDay->total == 1);
}

TEST_CASE("Mean blame felt is per reason and empty where none was recorded", "[failure]")
{
    TempJournal temp;
    auto db = temp.open();
    addTo(*db, placedOn(QDate(2024, 3, 1), FailureReason::Inattention, 4));
    addTo(*db, placedOn(QDate(2024, 3, 2), FailureReason::Inattention, 1));
    addTo(*db, placedOn(QDate(2024, 3, 3), FailureReason::Inattention)); // not asked: not counted as 0
    addTo(*db, placedOn(QDate(2024, 3, 4), FailureReason::Uncertainty, 0));
    addTo(*db, placedOn(QDate(2024, 3, 5), FailureReason::Deviance));

    auto counts = FailureInsight(*db).counts({}, {});
    REQUIRE(counts.ok());
    REQUIRE(counts->meanBlame(FailureReason::Inattention).has_value());
    CHECK(*counts->meanBlame(FailureReason::Inattention) == Approx(2.5));
    REQUIRE(counts->meanBlame(FailureReason::Uncertainty).has_value());
    CHECK(*counts->meanBlame(FailureReason::Uncertainty) == Approx(0.0));
    CHECK_FALSE(counts->meanBlame(FailureReason::Deviance).has_value());
    CHECK_FALSE(counts->meanBlame(FailureReason::ExploratoryTesting).has_value());
}

TEST_CASE("The summary sentence follows the pattern of placements", "[failure]")
{
    FailureCounts counts;
    CHECK(FailureInsight::pattern(counts) == FailureInsight::Pattern::Empty);
    counts.total = 2;
    counts.byReason[0] = 2;
    CHECK(FailureInsight::pattern(counts) == FailureInsight::Pattern::TooFew);
    counts.total = 4;
    counts.byReason = {1, 0, 0, 1, 0, 1, 1, 0, 0};
    CHECK(FailureInsight::pattern(counts) == FailureInsight::Pattern::MostlySystem);
    CHECK(FailureInsight::summary(counts, QStringLiteral("en"))
          == QStringLiteral("Most of the events you placed in this period came from process and complexity, not "
                            "from people."));
    counts.byReason = {2, 1, 0, 0, 0, 0, 0, 1, 0};
    CHECK(FailureInsight::pattern(counts) == FailureInsight::Pattern::MostlyPeople);
    counts.byReason = {0, 0, 0, 1, 0, 0, 0, 1, 2};
    CHECK(FailureInsight::pattern(counts) == FailureInsight::Pattern::MostlyExperiments);
    counts.byReason = {1, 1, 0, 1, 0, 0, 0, 1, 0};
    CHECK(FailureInsight::pattern(counts) == FailureInsight::Pattern::Spread);

    QSet<QString> welsh;
    for (int p = 0; p <= static_cast<int>(FailureInsight::Pattern::Spread); ++p) {
        FailureCounts sample;
        sample.total = p == 0 ? 0 : (p == 1 ? 1 : 4);
        if (p == 1)
            sample.byReason[0] = 1;
        if (p == 2)
            sample.byReason[0] = 4;
        if (p == 3)
            sample.byReason[5] = 4;
        if (p == 4)
            sample.byReason[8] = 4;
        if (p == 5)
            sample.byReason = {1, 0, 0, 2, 0, 0, 0, 1, 0};
        REQUIRE(static_cast<int>(FailureInsight::pattern(sample)) == p);
        const QString cy = FailureInsight::summary(sample, QStringLiteral("cy"));
        CHECK(cy != FailureInsight::summary(sample, QStringLiteral("en")));
        welsh.insert(cy);
    }
    CHECK(welsh.size() == 6);
}

TEST_CASE("Every reason type and setting has a Welsh and an English label and definition", "[failure][i18n]")
{
    QSet<QString> seen;
    auto check = [&seen](const QString& en, const QString& cy) {
        INFO(en.toStdString());
        CHECK_FALSE(en.isEmpty());
        CHECK_FALSE(cy.isEmpty());
        CHECK(en != cy);
        CHECK_FALSE(seen.contains(cy));
        seen.insert(cy);
    };
    const QString en = QStringLiteral("en");
    const QString cy = QStringLiteral("cy");
    for (FailureReason reason : FailureSpectrum::reasons()) {
        check(FailureSpectrum::label(reason, en), FailureSpectrum::label(reason, cy));
        check(FailureSpectrum::definition(reason, en), FailureSpectrum::definition(reason, cy));
    }
    for (FailureType type : FailureSpectrum::types()) {
        check(FailureSpectrum::label(type, en), FailureSpectrum::label(type, cy));
        check(FailureSpectrum::definition(type, en), FailureSpectrum::definition(type, cy));
    }
    for (FailureSetting setting : FailureSpectrum::settings()) {
        check(FailureSpectrum::label(setting, en), FailureSpectrum::label(setting, cy));
        check(FailureSpectrum::definition(setting, en), FailureSpectrum::definition(setting, cy));
    }
    CHECK(FailureSpectrum::label(FailureReason::ProcessInadequacy, cy) == QStringLiteral("Proses annigonol"));
}

TEST_CASE("A journal from before failure placements migrates with nothing lost", "[failure][migration]")
{
    TempJournal temp;
    {
        auto old = Database::openAtVersion(temp.path(), 1);
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        const QSqlDatabase c = (*old)->connection();
        REQUIRE(sql::run(c, QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at,"
                                           " body, lang, bring_to_supervision) VALUES ('r1', 'Ymweliad',"
                                           " '2023-02-01', '2023-02-01T09:00:00.000Z', '2023-02-02T09:00:00.000Z',"
                                           " 'Roedd y tŷ yn oer.', 'cy', 1)"))
                    .ok());
        REQUIRE(sql::run(c, QStringLiteral("INSERT INTO tag (id, name, folded) VALUES ('t1', 'Dŵr', 'dŵr')")).ok());
        REQUIRE(
            sql::run(c, QStringLiteral("INSERT INTO reflection_tag (reflection_id, tag_id) VALUES ('r1', 't1')")).ok());
    }
    auto db = temp.open();
    CHECK(db->schemaVersion() == latestSchemaVersion());
    auto found = ReflectionStore(*db).find(QStringLiteral("r1"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Reflection& r = **found;
    CHECK(r.title == QStringLiteral("Ymweliad"));
    CHECK(r.body == QStringLiteral("Roedd y tŷ yn oer."));
    CHECK(r.date == QDate(2023, 2, 1));
    CHECK(r.language == QStringLiteral("cy"));
    CHECK(r.bringToSupervision);
    CHECK(r.tags == QStringList{QStringLiteral("Dŵr")});
    CHECK_FALSE(r.failure.has_value());

    Reflection placed = r;
    placed.failure = FailurePlacement{};
    placed.failure->reason = FailureReason::ProcessInadequacy;
    REQUIRE(ReflectionStore(*db).update(placed).ok());
    ReflectionFilter filter;
    filter.text = QStringLiteral("dwr");
    CHECK(ReflectionStore(*db).count(filter).value() == 1);
}

TEST_CASE("A backup keeps failure placements through restore", "[failure][backup]")
{
    TempJournal from;
    TempJournal to;
    QString id;
    {
        auto db = from.open();
        Reflection r = placedOn(QDate(2024, 4, 2), FailureReason::TaskChallenge, 2);
        r.failure->chosenType = FailureType::Complex;
        r.failure->setting = FailureSetting::Consistent;
        r.failure->systemFactors = QStringLiteral("Dim ond un gofalwr ar y shifft.");
        id = addTo(*db, r).id;
        REQUIRE(BackupExporter(*db).write(from.file(QStringLiteral("backup.json"))).ok());
    }
    auto db = to.open();
    auto imported = BackupImporter(*db).importFile(from.file(QStringLiteral("backup.json")));
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    auto found = ReflectionStore(*db).find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const auto& placement = (*found)->failure;
    REQUIRE(placement.has_value());
    CHECK(placement->reason == FailureReason::TaskChallenge);
    CHECK(placement->typeOverridden());
    CHECK(placement->type() == FailureType::Complex);
    CHECK(placement->setting == FailureSetting::Consistent);
    CHECK(placement->blameFelt == 2);
    CHECK(placement->systemFactors == QStringLiteral("Dim ond un gofalwr ar y shifft."));
}
