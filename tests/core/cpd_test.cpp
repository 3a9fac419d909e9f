#include "core/cpd/cpdcatalog.h"
#include "core/cpd/cpdcycle.h"
#include "core/cpd/cpdjson.h"
#include "core/cpd/cpdprogress.h"
#include "core/cpd/cpdrecordstore.h"
#include "core/io/markdownexporter.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/scopedtransaction.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QJsonObject>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

CpdEntry entry(const QDate& date, int quarterHours, bool participatory = false, const QString& standard = {},
               bool peer = false)
{
    CpdEntry e;
    e.reflectionId = date.toString(Qt::ISODate);
    e.title = QStringLiteral("Activity");
    e.date = date;
    e.record.type = QStringLiteral("course");
    e.record.quarterHours = quarterHours;
    e.record.participatory = participatory;
    e.record.standard = standard;
    e.record.peer = peer;
    return e;
}

CpdMeasure measureOf(const CpdProgress& progress, CpdMeasure::Kind kind)
{
    for (const CpdMeasure& m : progress.measures()) {
        if (m.kind == kind)
            return m;
    }
    FAIL("no such measure");
    return {};
}

} // namespace

TEST_CASE("A CPD record is stored with its reflection and comes back with it", "[cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    Reflection r;
    r.title = QStringLiteral("Safeguarding update");
    r.date = QDate(2024, 5, 2);
    CpdRecord record;
    record.type = QStringLiteral("course");
    record.quarterHours = 6;
    record.participatory = true;
    record.peer = true;
    record.standard = QStringLiteral("nmc_preserve_safety");
    r.cpd = record;
    auto added = ReflectionStore(*db).add(r);
    REQUIRE(added.ok());
    auto found = ReflectionStore(*db).find(added->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    REQUIRE((*found)->cpd.has_value());
    CHECK(*(*found)->cpd == record);

    const QJsonObject json = json::fromCpd((*found)->cpd).toObject();
    CHECK(json.value(QStringLiteral("type")).toString() == QStringLiteral("course"));
    CHECK(json.value(QStringLiteral("hours")).toDouble() == 1.5);
    CHECK(json.value(QStringLiteral("participatory")).toBool());
    CHECK(json.value(QStringLiteral("peer")).toBool());
    CHECK(json.value(QStringLiteral("standard")).toString() == QStringLiteral("nmc_preserve_safety"));
    CHECK(json::fromCpd(std::nullopt).isNull());

    const QString markdown = MarkdownExporter(*db).markdown(**found);
    CHECK(markdown.contains(QStringLiteral(
        "cpd:\n  type: course\n  hours: 1.5\n  participatory: true\n  peer: true\n  standard: nmc_preserve_safety\n")));

    // Clearing it removes the row; an invalid one is refused and changes nothing.
    Reflection cleared = **found;
    cleared.cpd.reset();
    auto saved = ReflectionStore(*db).update(cleared);
    REQUIRE(saved.ok());
    auto entries = CpdRecordStore(db->connection()).entries({}, {});
    REQUIRE(entries.ok());
    CHECK(entries->isEmpty());
    Reflection invalid = *saved;
    invalid.cpd = CpdRecord{QStringLiteral("juggling"), 4, false, false, {}};
    auto refused = ReflectionStore(*db).update(invalid);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("juggling")));
    invalid.cpd = CpdRecord{QStringLiteral("reading"), 4001, false, false, {}};
    CHECK_FALSE(ReflectionStore(*db).update(invalid).ok());
    CHECK(CpdRecordStore(db->connection()).entries({}, {})->isEmpty());
}

TEST_CASE("listFull brings every reflection's CPD record, past the size of one batch of ids", "[cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    constexpr int count = 1203; // more than two batches of 500
    {
        ScopedTransaction transaction(db->connection());
        for (int i = 0; i < count; ++i) {
            Reflection r;
            r.title = QStringLiteral("Entry %1").arg(i);
            r.date = QDate(2024, 1, 1).addDays(i);
            if (i % 3 == 0)
                r.cpd = CpdRecord{QStringLiteral("reading"), i % 40 + 1, i % 2 == 0, false, {}};
            REQUIRE(ReflectionStore(*db).add(r).ok());
        }
        REQUIRE(transaction.commit().ok());
    }
    auto all = ReflectionStore(*db).listFull();
    REQUIRE(all.ok());
    REQUIRE(all->size() == count);
    int counted = 0;
    for (const Reflection& r : *all) {
        const int i = r.title.mid(6).toInt();
        INFO(r.title.toStdString());
        REQUIRE(r.cpd.has_value() == (i % 3 == 0));
        if (r.cpd) {
            ++counted;
            CHECK(r.cpd->quarterHours == i % 40 + 1);
            CHECK(r.cpd->participatory == (i % 2 == 0));
        }
    }
    CHECK(counted == (count + 2) / 3);
}

TEST_CASE("An editor's CPD change merges with a change made elsewhere", "[cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    Reflection r;
    r.title = QStringLiteral("Course");
    r.date = QDate(2024, 5, 2);
    auto added = ReflectionStore(*db).add(r);
    REQUIRE(added.ok());
    const Reflection base = *added;
    Reflection elsewhere = base;
    elsewhere.title = QStringLiteral("Course, renamed elsewhere");
    REQUIRE(ReflectionStore(*db).update(elsewhere).ok());
    Reflection edited = base;
    edited.cpd = CpdRecord{QStringLiteral("course"), 8, true, false, {}};
    auto merged = ReflectionStore(*db).update(edited, base);
    INFO(merged.error().toStdString());
    REQUIRE(merged.ok());
    auto found = ReflectionStore(*db).find(base.id);
    REQUIRE(found.ok());
    CHECK((*found)->title == QStringLiteral("Course, renamed elsewhere"));
    REQUIRE((*found)->cpd.has_value());
    CHECK((*found)->cpd->quarterHours == 8);
}

TEST_CASE("CPD entries are listed for a period, oldest first, both ends counted", "[cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    for (const QDate& date : {QDate(2024, 3, 1), QDate(2023, 12, 31), QDate(2024, 1, 1), QDate(2024, 3, 2)}) {
        Reflection r;
        r.title = date.toString(Qt::ISODate);
        r.date = date;
        r.cpd = CpdRecord{QStringLiteral("reading"), 2, false, false, {}};
        REQUIRE(ReflectionStore(*db).add(r).ok());
    }
    Reflection plain;
    plain.title = QStringLiteral("Not CPD");
    plain.date = QDate(2024, 2, 1);
    REQUIRE(ReflectionStore(*db).add(plain).ok());
    auto entries = CpdRecordStore(db->connection()).entries(QDate(2024, 1, 1), QDate(2024, 3, 1));
    REQUIRE(entries.ok());
    QStringList titles;
    for (const CpdEntry& e : *entries)
        titles << e.title;
    CHECK(titles == QStringList{QStringLiteral("2024-01-01"), QStringLiteral("2024-03-01")});
}

TEST_CASE("Hours are typed in quarter hours and written in the language's way", "[cpd]")
{
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("1.5")) == 6);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("1,25")) == 5);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral(" 2 ")) == 8);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("0.75")) == 3);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("1000")) == 4000);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("1000.25")) == -1);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("1.3")) == -1);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("-1")) == -1);
    CHECK(CpdCatalog::quarterHoursFromText(QStringLiteral("two")) == -1);
    CHECK(CpdCatalog::hoursCode(6) == QStringLiteral("1.5"));
    CHECK(CpdCatalog::hoursCode(5) == QStringLiteral("1.25"));
    CHECK(CpdCatalog::hoursCode(140) == QStringLiteral("35"));
    CHECK(CpdCatalog::hoursText(4000, QStringLiteral("en")) == QStringLiteral("1,000"));
}

TEST_CASE("Cycles follow on from the start the writer gives, or end today without one", "[cpd]")
{
    const QDate today(2025, 6, 15);
    CpdCycle nmc = CpdCycle::current(Regulator::Nmc, QDate(2019, 4, 1), today);
    CHECK(nmc.from == QDate(2025, 4, 1));
    CHECK(nmc.to == QDate(2028, 3, 31));
    CHECK(nmc.startSet);
    CpdCycle future = CpdCycle::current(Regulator::ScwCareWorker, QDate(2026, 1, 1), today);
    CHECK(future.from == QDate(2026, 1, 1));
    CHECK(future.to == QDate(2028, 12, 31));
    CpdCycle hcpc = CpdCycle::current(Regulator::Hcpc, QDate(), today);
    CHECK(hcpc.from == QDate(2023, 6, 16));
    CHECK(hcpc.to == today);
    CHECK_FALSE(hcpc.startSet);
    // Social Work England's registration year runs 1 December to 30 November.
    CHECK(CpdCycle::current(Regulator::Swe, QDate(), today).from == QDate(2024, 12, 1));
    CHECK(CpdCycle::current(Regulator::Swe, QDate(), today).to == QDate(2025, 11, 30));
    CHECK(CpdCycle::current(Regulator::Swe, QDate(), QDate(2025, 12, 1)).from == QDate(2025, 12, 1));
    // The 31st stays the 31st from cycle to cycle.
    CHECK(CpdCycle::current(Regulator::Hcpc, QDate(2021, 1, 31), today).from == QDate(2025, 1, 31));
}

TEST_CASE("NMC: 35 hours, 20 of them participatory, and five reflective accounts", "[cpd]")
{
    const CpdCycle cycle{QDate(2024, 4, 1), QDate(2027, 3, 31), true};
    const QVector<CpdEntry> entries = {
        entry(QDate(2024, 3, 31), 400, true, QStringLiteral("nmc_prioritise_people")), // before the cycle
        entry(QDate(2024, 4, 1), 30, true, QStringLiteral("nmc_prioritise_people")),
        entry(QDate(2024, 9, 10), 13, false, QStringLiteral("nmc_practise_effectively")),
        entry(QDate(2025, 1, 5), 17, true, QStringLiteral("scw_1")),
        entry(QDate(2027, 3, 31), 3, false),
        entry(QDate(2027, 4, 1), 400, true), // after
    };
    const CpdProgress p = CpdProgress::compute(Regulator::Nmc, cycle, entries, QDate(2025, 6, 1));
    CHECK(p.quarterHours() == 63); // 15.75 hours
    CHECK(p.participatoryQuarterHours() == 47);
    CHECK(p.reflectiveAccounts() == 2);
    CHECK(measureOf(p, CpdMeasure::Kind::Hours).required == 140);
    CHECK(measureOf(p, CpdMeasure::Kind::ParticipatoryHours).toGo() == 33);
    CHECK(measureOf(p, CpdMeasure::Kind::ReflectiveAccounts).toGo() == 3);
    CHECK(p.missing(QStringLiteral("en"))
          == QStringList{QStringLiteral("CPD hours to go: 19.25"), QStringLiteral("Participatory hours to go: 8.25"),
                         QStringLiteral("Reflective accounts still to write: 3")});
    CHECK(CpdProgress::measureLine(measureOf(p, CpdMeasure::Kind::Hours), QStringLiteral("en"))
          == QStringLiteral("CPD hours: 15.75 of 35"));
    CHECK(p.quarterHoursByType().value(QStringLiteral("course")) == 63);
    CHECK_FALSE(p.complete());
}

TEST_CASE("Social Work England: two records a year, one with peer reflection", "[cpd]")
{
    const CpdCycle cycle = CpdCycle::current(Regulator::Swe, QDate(), QDate(2025, 6, 1));
    CpdProgress p = CpdProgress::compute(Regulator::Swe, cycle, {entry(QDate(2024, 12, 1), 4)}, QDate(2025, 6, 1));
    CHECK(p.missing(QStringLiteral("en"))
          == QStringList{QStringLiteral("CPD records still to make this year: 1"),
                         QStringLiteral("Records with peer reflection still needed: 1")});
    p = CpdProgress::compute(Regulator::Swe, cycle,
                             {entry(QDate(2024, 12, 1), 4), entry(QDate(2025, 11, 30), 0, false, {}, true)},
                             QDate(2025, 6, 1));
    CHECK(p.records() == 2);
    CHECK(p.peerRecords() == 1);
    CHECK(p.complete());
    CHECK(p.missing(QStringLiteral("en")) == QStringList{QStringLiteral("Nothing is missing for this cycle.")});
}

TEST_CASE("Social Care Wales: 90 hours for social workers and managers, 45 for care workers", "[cpd]")
{
    const CpdCycle cycle{QDate(2023, 1, 1), QDate(2025, 12, 31), true};
    const QVector<CpdEntry> entries = {entry(QDate(2023, 2, 1), 100), entry(QDate(2024, 2, 1), 82)}; // 45.5 h
    for (Regulator regulator : {Regulator::ScwSocialWorker, Regulator::ScwManager}) {
        const CpdProgress p = CpdProgress::compute(regulator, cycle, entries, QDate(2025, 1, 1));
        CHECK(measureOf(p, CpdMeasure::Kind::Hours).required == 360);
        CHECK(p.missing(QStringLiteral("en")) == QStringList{QStringLiteral("CPD hours to go: 44.5")});
    }
    const CpdProgress care = CpdProgress::compute(Regulator::ScwCareWorker, cycle, entries, QDate(2025, 1, 1));
    CHECK(measureOf(care, CpdMeasure::Kind::Hours).required == 180);
    CHECK(care.complete());
    CHECK(care.measures().size() == 1);
}

TEST_CASE("HCPC: dated activities, and gaps of three months or more to explain", "[cpd]")
{
    const CpdCycle cycle{QDate(2024, 1, 1), QDate(2025, 12, 31), true};
    const QVector<CpdEntry> entries = {entry(QDate(2024, 2, 1), 4), entry(QDate(2024, 4, 30), 4),
                                       entry(QDate(2024, 8, 1), 4)};
    const CpdProgress p = CpdProgress::compute(Regulator::Hcpc, cycle, entries, QDate(2024, 12, 1));
    // 1 January → 1 February: no; 30 April → 1 August: yes; 1 August → today (1 December): yes.
    REQUIRE(p.gaps().size() == 2);
    CHECK(p.gaps().at(0).from == QDate(2024, 4, 30));
    CHECK(p.gaps().at(0).to == QDate(2024, 8, 1));
    CHECK(p.gaps().at(1).to == QDate(2024, 12, 1));
    CHECK(p.missing(QStringLiteral("en"))
          == QStringList{QStringLiteral("Dated activities still needed for a profile: 9"),
                         QStringLiteral("Gaps of three months or more to explain: 2")});
}

TEST_CASE("No regulator counts nothing as missing", "[cpd]")
{
    const CpdProgress p = CpdProgress::compute(Regulator::None, CpdCycle{QDate(2024, 1, 1), QDate(2024, 12, 31), true},
                                               {entry(QDate(2024, 2, 1), 4)}, QDate(2024, 6, 1));
    CHECK(p.measures().isEmpty());
    CHECK(p.missing(QStringLiteral("en")).isEmpty());
    CHECK(p.quarterHours() == 4);
}
