#include "core/io/import/dayonesource.h"
#include "core/io/import/importwriter.h"
#include "core/io/import/jrnlsource.h"
#include "core/journal/reflectionstore.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/tempjournal.h"

#include <QDir>

using namespace myfyrio;
using namespace myfyrio::test;

namespace {

void checkDayOne(const ImportBatch& batch)
{
    INFO(skippedText(batch).toStdString());
    CHECK(batch.skipped.isEmpty());
    REQUIRE(batch.entries.size() == 2);
    // 23:30 UTC on 2 April is 00:30 on 3 April in London (summer time).
    const Reflection& review = entryOn(batch, QDate(2023, 4, 3));
    CHECK(review.title == QStringLiteral("After the case review"));
    CHECK(review.body == QStringLiteral("I felt the review went well. We named what the system made likely!"));
    CHECK(review.tags
          == QStringList{QStringLiteral("Supervision"), QStringLiteral("Reflection"), QStringLiteral("starred")});
    CHECK(review.created == QDateTime(QDate(2023, 4, 2), QTime(23, 30), Qt::UTC));
    CHECK(review.language == QStringLiteral("en"));
    const Reflection& welsh = entryOn(batch, QDate(2023, 4, 10));
    CHECK(welsh.language == QStringLiteral("cy"));
    CHECK(welsh.title.startsWith(QStringLiteral("Diwrnod hir")));
    // The photo is found beside the JSON, to be attached when the entry is stored.
    CHECK(review.id == batch.entries.at(0).reflection.id);
    REQUIRE(batch.entries.at(0).media.size() == 1);
    CHECK(batch.entries.at(0).media.first().path == QStringLiteral("photos/5d41402abc4b2a76b9719d911017c592.jpeg"));
    CHECK(batch.entries.at(0).media.first().size == 17);
    CHECK(batch.entries.at(0).mediaLeftOut.isEmpty());
    CHECK(batch.entries.at(1).media.isEmpty());
}

} // namespace

TEST_CASE("a Day One export reads the same from its zip, its folder and its Journal.json", "[import]")
{
    checkDayOne(readSource(SourceKind::DayOne, importFixture(QStringLiteral("dayone-export.zip"))));
    checkDayOne(readSource(SourceKind::DayOne, importFixture(QStringLiteral("dayone"))));
    checkDayOne(readSource(SourceKind::DayOne, importFixture(QStringLiteral("dayone/Journal.json"))));

    TempJournal temp;
    auto db = temp.open();
    auto first = ImportWriter(*db).write(readSource(SourceKind::DayOne, importFixture(QStringLiteral("dayone"))));
    REQUIRE(first.ok());
    CHECK(first->added == 2);
    // The zip holds the same entries (the same uuids): nothing more comes in.
    auto second =
        ImportWriter(*db).write(readSource(SourceKind::DayOne, importFixture(QStringLiteral("dayone-export.zip"))));
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->existing == 2);
}

TEST_CASE("a zip bomb, a damaged zip and truncated JSON are refused with the file named", "[import]")
{
    TempJournal temp;
    const QString folder = temp.file(QStringLiteral("zips"));
    REQUIRE(QDir().mkpath(folder));
    // 120 MB of one letter inflates far beyond the 200:1 Myfyrio allows.
    writeZip(folder + QStringLiteral("/bomb.zip"),
             {{QStringLiteral("Journal.json"), QByteArray(120 * 1024 * 1024, ' ')}});
    auto bomb = DayOneSource().read(folder + QStringLiteral("/bomb.zip"));
    REQUIRE(bomb.ok());
    REQUIRE(bomb->skipped.size() == 1);
    CHECK(bomb->skipped.first().reason.contains(QStringLiteral("zip bomb")));

    writeFile(folder + QStringLiteral("/damaged.zip"), "PK\x03\x04 this is not really a zip");
    auto damaged = DayOneSource().read(folder + QStringLiteral("/damaged.zip"));
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error() == QStringLiteral("“damaged.zip” is not a zip file, or it is damaged."));

    writeFile(folder + QStringLiteral("/Journal.json"), "{\"entries\": [{\"uuid\": \"A\", \"text\": \"cut");
    auto truncated = DayOneSource().read(folder + QStringLiteral("/Journal.json"));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().contains(QStringLiteral("ends before its JSON is complete")));

    writeFile(folder + QStringLiteral("/deep.json"), QByteArray(100000, '[') + QByteArray(100000, ']'));
    auto deep = JrnlSource().read(folder + QStringLiteral("/deep.json"));
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().contains(QStringLiteral("nested too deeply")));
}

TEST_CASE("Day One entries without a date are skipped, the rest import", "[import]")
{
    ImportBatch batch;
    auto read = DayOneSource().readJson(
        "{\"entries\": [{\"uuid\": \"A1\", \"creationDate\": \"yesterday\", \"text\": \"x\"},"
        " {\"uuid\": \"A2\", \"creationDate\": \"2022-01-01T10:00:00Z\", \"text\": \"Plain first line\\nmore\"}, 7]}",
        QStringLiteral("Journal.json"), batch);
    REQUIRE(read.ok());
    REQUIRE(batch.entries.size() == 1);
    CHECK(batch.entries.first().reflection.title == QStringLiteral("Plain first line"));
    CHECK(batch.entries.first().reflection.body == QStringLiteral("Plain first line\nmore"));
    REQUIRE(batch.skipped.size() == 2);
    CHECK(batch.skipped.at(0).source == QStringLiteral("Journal.json, entry 1"));
    CHECK(batch.skipped.at(0).reason.contains(QStringLiteral("“yesterday” is not a date and time")));
    CHECK(batch.skipped.at(1).source == QStringLiteral("Journal.json, entry 3"));
}

TEST_CASE("a jrnl export imports with its tags, times and stars, once", "[import]")
{
    const ImportBatch batch = readSource(SourceKind::Jrnl, importFixture(QStringLiteral("jrnl/journal.json")));
    REQUIRE(batch.entries.size() == 2);
    const Reflection& shift = entryOn(batch, QDate(2023, 5, 4));
    CHECK(shift.title == QStringLiteral("Long shift on the ward."));
    CHECK(shift.body.startsWith(QStringLiteral("Handover was late again.")));
    CHECK(shift.tags == QStringList{QStringLiteral("work")});
    CHECK(shift.created == QDateTime(QDate(2023, 5, 4), QTime(21, 10)).toUTC());
    const Reflection& course = entryOn(batch, QDate(2023, 5, 11));
    CHECK(course.tags == QStringList{QStringLiteral("work"), QStringLiteral("training"), QStringLiteral("starred")});

    TempJournal temp;
    auto db = temp.open();
    REQUIRE(ImportWriter(*db).write(batch)->added == 2);
    auto again =
        ImportWriter(*db).write(readSource(SourceKind::Jrnl, importFixture(QStringLiteral("jrnl/journal.json"))));
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->existing == 2);
}

TEST_CASE("a jrnl file that is not an export, or has bad dates, says so", "[import]")
{
    auto other = JrnlSource().readBytes("{\"journal\": []}", QStringLiteral("x.json"));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().contains(QStringLiteral("is not a jrnl export")));
    auto dated = JrnlSource().readBytes("{\"entries\": [{\"date\": \"2020-02-30\", \"title\": \"t\"},"
                                        " {\"date\": \"2020-02-28\", \"title\": \"ok\"}]}",
                                        QStringLiteral("x.json"));
    REQUIRE(dated.ok());
    REQUIRE(dated->entries.size() == 1);
    REQUIRE(dated->skipped.size() == 1);
    CHECK(dated->skipped.first().source == QStringLiteral("x.json, entry 1"));
}
