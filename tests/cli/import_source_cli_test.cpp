#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace myfyrio::test;

namespace {

int count(const QString& database)
{
    return static_cast<int>(runJson(database, {QStringLiteral("list")}).array().size());
}

QStringList backups(const TempJournal& temp)
{
    return QDir(temp.file(QStringLiteral("backups"))).entryList(QDir::Files);
}

} // namespace

TEST_CASE("each source imports from the command line, and again adds nothing", "[import][cli]")
{
    const struct {
        const char* kind;
        const char* fixture;
        int entries;
    } sources[] = {{"rednotebook", "rednotebook", 5},
                   {"dayone", "dayone-export.zip", 2},
                   {"jrnl", "jrnl/journal.json", 2},
                   {"markdown", "obsidian", 3}};
    for (const auto& source : sources) {
        INFO(source.kind);
        TempJournal temp;
        const QStringList arguments{QStringLiteral("import"), QString::fromLatin1(source.kind),
                                    importFixture(QString::fromLatin1(source.fixture))};
        const CliRun first = runCli(temp.path(), arguments);
        INFO(first.err.toStdString());
        REQUIRE(first.code == 0);
        CHECK(first.out.contains(QStringLiteral("Entries added: %1").arg(source.entries)));
        CHECK(count(temp.path()) == source.entries);
        CHECK(backups(temp).isEmpty()); // an empty journal is not worth a copy

        const QJsonObject again = runJson(temp.path(), arguments).object();
        CHECK(again.value(QStringLiteral("added")).toInt() == 0);
        CHECK(again.value(QStringLiteral("existing")).toInt() == source.entries);
        CHECK(again.value(QStringLiteral("skipped")).toArray().isEmpty());
        CHECK(count(temp.path()) == source.entries);
    }
}

TEST_CASE("a dry run changes nothing, not even by making the journal", "[import][cli]")
{
    TempJournal temp;
    const CliRun dry =
        runCli(temp.path(), {QStringLiteral("import"), QStringLiteral("jrnl"),
                             importFixture(QStringLiteral("jrnl/journal.json")), QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Entries that would be added: 2")));
    CHECK_FALSE(QFileInfo::exists(temp.path()));

    REQUIRE(runCli(temp.path(),
                   {QStringLiteral("import"), QStringLiteral("markdown"), importFixture(QStringLiteral("obsidian"))})
                .code
            == 0);
    const QJsonObject planned =
        runJson(temp.path(), {QStringLiteral("import"), QStringLiteral("jrnl"),
                              importFixture(QStringLiteral("jrnl/journal.json")), QStringLiteral("--dry-run")})
            .object();
    CHECK(planned.value(QStringLiteral("added")).toInt() == 2);
    CHECK(count(temp.path()) == 3);
    CHECK(backups(temp).isEmpty());
}

TEST_CASE("an import into a journal with reflections makes a backup first", "[import][cli]")
{
    TempJournal temp;
    REQUIRE(runCli(temp.path(),
                   {QStringLiteral("import"), QStringLiteral("markdown"), importFixture(QStringLiteral("obsidian"))})
                .code
            == 0);
    const CliRun second = runCli(temp.path(), {QStringLiteral("import"), QStringLiteral("rednotebook"),
                                               importFixture(QStringLiteral("rednotebook"))});
    REQUIRE(second.code == 0);
    CHECK(second.out.contains(QStringLiteral("A backup of the journal was made first:")));
    const QStringList copies = backups(temp);
    REQUIRE(copies.size() == 1);
    CHECK(QFileInfo(temp.file(QStringLiteral("backups/") + copies.first())).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("skipped files are listed with their reasons, and a bad source is refused", "[import][cli]")
{
    TempJournal temp;
    const QString folder = temp.file(QStringLiteral("rn"));
    REQUIRE(QDir().mkpath(folder));
    writeFile(folder + QStringLiteral("/2021-01.txt"), "1: {text: 'Fine.'}\n");
    writeFile(folder + QStringLiteral("/2021-02.txt"), "1: {text: [\n");
    const QJsonObject result =
        runJson(temp.path(), {QStringLiteral("import"), QStringLiteral("rednotebook"), folder}).object();
    CHECK(result.value(QStringLiteral("added")).toInt() == 1);
    const QJsonArray skipped = result.value(QStringLiteral("skipped")).toArray();
    REQUIRE(skipped.size() == 1);
    CHECK(skipped.at(0).toObject().value(QStringLiteral("source")).toString() == QStringLiteral("2021-02.txt"));
    CHECK(skipped.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("line 2")));

    const CliRun missing = runCli(
        temp.path(), {QStringLiteral("import"), QStringLiteral("dayone"), temp.file(QStringLiteral("nothing.zip"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no file or folder")));
    const CliRun notJrnl = runCli(temp.path(), {QStringLiteral("import"), QStringLiteral("jrnl"),
                                                importFixture(QStringLiteral("dayone/Journal.json"))});
    CHECK(notJrnl.code == 1);
    CHECK(notJrnl.err.contains(QStringLiteral("is not a jrnl export")));
    CHECK(count(temp.path()) == 1);
}

TEST_CASE("a Day One import from the command line attaches its photo, and says so, once", "[import][cli]")
{
    TempJournal temp;
    const QStringList arguments{QStringLiteral("import"), QStringLiteral("dayone"),
                                importFixture(QStringLiteral("dayone-export.zip"))};
    // Before the journal exists, the dry run counts the photo from the export alone.
    const CliRun dry = runCli(temp.path(), arguments + QStringList{QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Photos and other files that would be attached: 1")));
    CHECK_FALSE(QFileInfo::exists(temp.path()));

    const QJsonObject first = runJson(temp.path(), arguments).object();
    CHECK(first.value(QStringLiteral("added")).toInt() == 2);
    CHECK(first.value(QStringLiteral("attached")).toInt() == 1);
    CHECK(first.value(QStringLiteral("mediaLeftOut")).toArray().isEmpty());
    QString withPhoto;
    const QJsonArray listed = runJson(temp.path(), {QStringLiteral("list")}).array();
    for (const QJsonValue& reflection : listed) {
        if (reflection.toObject().value(QStringLiteral("title")).toString() == QStringLiteral("After the case review"))
            withPhoto = reflection.toObject().value(QStringLiteral("id")).toString();
    }
    REQUIRE_FALSE(withPhoto.isEmpty());
    const QJsonArray files = runJson(temp.path(), {QStringLiteral("attachments"), withPhoto}).array();
    REQUIRE(files.size() == 1);
    CHECK(files.at(0).toObject().value(QStringLiteral("fileName")).toString()
          == QStringLiteral("5d41402abc4b2a76b9719d911017c592.jpeg"));
    CHECK(files.at(0).toObject().value(QStringLiteral("size")).toInt() == 17);

    const QJsonObject again = runJson(temp.path(), arguments).object();
    CHECK(again.value(QStringLiteral("attached")).toInt() == 0);
    CHECK(runJson(temp.path(), {QStringLiteral("attachments"), withPhoto}).array().size() == 1);
}
