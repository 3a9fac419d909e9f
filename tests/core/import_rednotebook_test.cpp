#include "core/io/import/importwriter.h"
#include "core/io/import/rednotebooksource.h"
#include "core/journal/reflectionstore.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>

using namespace myfyrio;
using namespace myfyrio::test;

namespace {

ImportBatch readMonthText(const QByteArray& yaml, int year = 2020, int month = 5)
{
    ImportBatch batch;
    auto read = RedNotebookSource().readMonth(yaml, year, month, QStringLiteral("2020-05.txt"), batch);
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    return batch;
}

} // namespace

TEST_CASE("a RedNotebook journal becomes one reflection a day, with categories as tags and lines", "[import]")
{
    const ImportBatch batch = readSource(SourceKind::RedNotebook, importFixture(QStringLiteral("rednotebook")));
    INFO(skippedText(batch).toStdString());
    CHECK(batch.skipped.isEmpty());
    REQUIRE(batch.entries.size() == 5); // the empty 25 January is not an entry

    const Reflection& visit = entryOn(batch, QDate(2023, 1, 3));
    CHECK(visit.title.startsWith(QStringLiteral("Home visit with the family.")));
    CHECK(visit.language == QStringLiteral("en"));

    const Reflection& meeting = entryOn(batch, QDate(2023, 1, 17));
    CHECK(meeting.title == QStringLiteral("Team meeting"));
    CHECK(meeting.tags == QStringList{QStringLiteral("Work")});
    CHECK(meeting.body.endsWith(QStringLiteral("Work\n- Supervision with Sam\n- Rota changes")));

    const Reflection& welsh = entryOn(batch, QDate(2023, 2, 1));
    CHECK(welsh.language == QStringLiteral("cy"));
    CHECK(welsh.tags == QStringList{QStringLiteral("Teulu"), QStringLiteral("safeguarding")});
    CHECK(welsh.body.contains(QStringLiteral("dŵr oer")));
}

TEST_CASE("a month left only as .new.txt and .old.txt is read from the newest, and the summary says so", "[import]")
{
    const ImportBatch batch = readSource(SourceKind::RedNotebook, importFixture(QStringLiteral("rednotebook")));
    const Reflection& march = entryOn(batch, QDate(2023, 3, 8));
    CHECK(march.body.startsWith(QStringLiteral("Written after the crash")));
    INFO(batch.warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(batch.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("2023-03.new.txt")));
    CHECK(batch.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("2023-03.txt")));

    SECTION("an older .new.txt loses to a newer .old.txt")
    {
        TempJournal temp;
        const QString folder = temp.file(QStringLiteral("rn"));
        REQUIRE(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/2023-03.new.txt"), "8: {text: 'older'}\n");
        writeFile(folder + QStringLiteral("/2023-03.old.txt"), "8: {text: 'newer'}\n");
        QFile newer(folder + QStringLiteral("/2023-03.old.txt"));
        REQUIRE(newer.open(QIODevice::ReadWrite));
        REQUIRE(newer.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        newer.close();
        const ImportBatch both = readSource(SourceKind::RedNotebook, folder);
        REQUIRE(both.entries.size() == 1);
        CHECK(both.entries.first().reflection.body == QStringLiteral("newer"));
    }
    SECTION("an unreadable leftover gives way to the next")
    {
        TempJournal temp;
        const QString folder = temp.file(QStringLiteral("rn"));
        REQUIRE(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/2023-03.new.txt"), "8: {text: 'cut off");
        writeFile(folder + QStringLiteral("/2023-03.old.txt"), "8: {text: 'the old copy'}\n");
        // The damaged copy is the newer one, so it is tried first (the files' times would otherwise race).
        QFile damaged(folder + QStringLiteral("/2023-03.new.txt"));
        REQUIRE(damaged.open(QIODevice::ReadWrite));
        REQUIRE(damaged.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        damaged.close();
        const ImportBatch both = readSource(SourceKind::RedNotebook, folder);
        REQUIRE(both.entries.size() == 1);
        CHECK(both.entries.first().reflection.body == QStringLiteral("the old copy"));
        REQUIRE(both.skipped.size() == 1);
        CHECK(both.skipped.first().source == QStringLiteral("2023-03.new.txt"));
    }
}

TEST_CASE("RedNotebook ids are stable: importing the journal again adds nothing", "[import]")
{
    TempJournal temp;
    auto db = temp.open();
    const ImportBatch batch = readSource(SourceKind::RedNotebook, importFixture(QStringLiteral("rednotebook")));
    auto first = ImportWriter(*db).write(batch);
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    CHECK(first->added == 5);
    CHECK(first->existing == 0);

    const ImportBatch again = readSource(SourceKind::RedNotebook, importFixture(QStringLiteral("rednotebook")));
    auto second = ImportWriter(*db).write(again);
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->existing == 5);
    CHECK(ReflectionStore(*db).count().value() == 5);
    auto stored = ReflectionStore(*db).find(entryOn(batch, QDate(2023, 1, 17)).id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->tags == QStringList{QStringLiteral("Work")});
}

TEST_CASE("malformed RedNotebook months are skipped with the file and line, and the rest imports", "[import]")
{
    TempJournal temp;
    const QString folder = temp.file(QStringLiteral("rn"));
    REQUIRE(QDir().mkpath(folder));
    writeFile(folder + QStringLiteral("/2020-04.txt"), "1: {text: 'A good day.'}\n");
    writeFile(folder + QStringLiteral("/2020-05.txt"), "1: {text: 'fine'}\n2: {text: [unclosed\n");
    writeFile(folder + QStringLiteral("/2020-06.txt"), QByteArray("1: {text: 'caf\xe9'}\n"));
    writeFile(folder + QStringLiteral("/2020-13.txt"), "1: {text: 'no such month'}\n");
    writeFile(folder + QStringLiteral("/2020-07.txt"), "1: {text: 'fine'}\n32: {text: 'no such day'}\n");
    const ImportBatch batch = readSource(SourceKind::RedNotebook, folder);
    INFO(skippedText(batch).toStdString());
    REQUIRE(batch.entries.size() == 2);
    CHECK(entryOn(batch, QDate(2020, 4, 1)).body == QStringLiteral("A good day."));
    CHECK(entryOn(batch, QDate(2020, 7, 1)).body == QStringLiteral("fine"));
    const QString skipped = skippedText(batch);
    CHECK(skipped.contains(QStringLiteral("2020-05.txt: “2020-05.txt” is not valid YAML: the problem is at line 3")));
    CHECK(skipped.contains(QStringLiteral("“2020-06.txt” is not UTF-8 text: line 1")));
    CHECK(skipped.contains(QStringLiteral("2020-13.txt: The file is not named after a month")));
    CHECK(skipped.contains(QStringLiteral("2020-07.txt, line 2: “32” is not a day of the month 2020-07.")));
}

TEST_CASE("a folder that is not a RedNotebook journal is refused with a sentence", "[import]")
{
    TempJournal temp;
    auto missing = RedNotebookSource().read(temp.file(QStringLiteral("nowhere")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("is not a folder")));
    auto empty = RedNotebookSource().read(temp.folder());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("holds no RedNotebook month files")));
}

TEST_CASE("deep nesting, aliases and a huge entry in a month are refused without harm", "[import]")
{
    ImportBatch deep;
    auto nested = RedNotebookSource().readMonth(QByteArray(5000, '[') + QByteArray(5000, ']'), 2020, 5,
                                                QStringLiteral("2020-05.txt"), deep);
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.error().contains(QStringLiteral("nested more than 64 levels deep at line 1")));

    ImportBatch aliased;
    auto alias = RedNotebookSource().readMonth("a: &x [1]\nb: *x\n", 2020, 5, QStringLiteral("2020-05.txt"), aliased);
    REQUIRE_FALSE(alias.ok());
    CHECK(alias.error().contains(QStringLiteral("alias at line 2")));

    const ImportBatch huge = readMonthText("1: {text: '" + QByteArray(50 * 1024 * 1024, 'a') + "'}\n2: {text: ok}\n");
    REQUIRE(huge.entries.size() == 1);
    REQUIRE(huge.skipped.size() == 1);
    CHECK(huge.skipped.first().source == QStringLiteral("2020-05.txt, line 1"));
    CHECK(huge.skipped.first().reason.contains(QStringLiteral("longer than")));
}
