// `import json` into a journal that does not exist yet: a refused import
// leaves no file and no folder behind; an accepted one makes a private journal.

#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using myfyrio::test::runCli;
using myfyrio::test::TempJournal;

namespace {

QByteArray validBackup(const TempJournal& temp)
{
    const QString source = temp.file(QStringLiteral("source.sqlite"));
    for (int i = 0; i < 3; ++i)
        REQUIRE(runCli(source,
                       {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Ymweliad %1").arg(i),
                        QStringLiteral("--date"), QStringLiteral("2024-03-0%1").arg(i + 1), QStringLiteral("--tag"),
                        QStringLiteral("dŵr"), QStringLiteral("--body"), QStringLiteral("Effaith fawr ar y teulu.")})
                    .code
                == 0);
    const QString backup = temp.file(QStringLiteral("source.json"));
    REQUIRE(runCli(source, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), backup}).code == 0);
    return myfyrio::test::fileBytes(backup);
}

QByteArray everyReflectionDated(const QByteArray& backup, const QString& date)
{
    QJsonObject root = QJsonDocument::fromJson(backup).object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(QStringLiteral("reflection")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(QStringLiteral("entry_date"), date);
        rows.replace(i, row);
    }
    tables.insert(QStringLiteral("reflection"), rows);
    root.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("a refused import json into a new journal leaves no file or folder behind", "[cli][backup]")
{
    TempJournal temp;
    const QByteArray valid = validBackup(temp);
    const QString folder = temp.file(QStringLiteral("new"));
    const QString journal = folder + QStringLiteral("/deeper/journal.sqlite");
    const QVector<QPair<QByteArray, QString>> cases = {
        {QByteArray("{\"format\": \"myfyrio-backup\", \"tables\": [1, 2"), QStringLiteral("not valid JSON")},
        {QByteArray("{\"format\": \"other\"}"), QStringLiteral("does not say")},
        {QByteArray(""), QStringLiteral("not valid JSON")},
        {everyReflectionDated(valid, QStringLiteral("2024-02-30")), QStringLiteral("no journal was made")},
    };
    for (const auto& [bytes, expected] : cases) {
        INFO(expected.toStdString());
        const QString file = temp.file(QStringLiteral("bad.json"));
        QFile::remove(file);
        myfyrio::test::writeFile(file, bytes);
        const auto result = runCli(journal, {QStringLiteral("import"), QStringLiteral("json"), file});
        INFO(result.err.toStdString());
        CHECK(result.code == 1);
        CHECK(result.err.contains(expected));
        CHECK_FALSE(QFileInfo::exists(journal));
        CHECK_FALSE(QFileInfo::exists(folder));
    }

    // A good backup makes the journal, private to its owner.
    const QString good = temp.file(QStringLiteral("good.json"));
    myfyrio::test::writeFile(good, valid);
    const auto imported = runCli(journal, {QStringLiteral("import"), QStringLiteral("json"), good});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFileInfo(journal).permissions() & others) == 0);
    CHECK(runCli(journal, {QStringLiteral("list")}).out.contains(QStringLiteral("Ymweliad 2")));

    // A journal that was there before is never removed, even when nothing goes in.
    const QString bad = temp.file(QStringLiteral("bad.json"));
    const auto refused = runCli(journal, {QStringLiteral("import"), QStringLiteral("json"), bad});
    CHECK(refused.code == 0); // every record is already there or left out, and the journal stays
    CHECK(QFileInfo::exists(journal));
}

TEST_CASE("import json of damaged backups into a new journal leaves either a working journal or nothing",
          "[cli][backup]")
{
    TempJournal temp;
    const QByteArray valid = validBackup(temp);
    quint64 state = 15;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>(state >> 33);
    };
    int made = 0;
    for (int trial = 0; trial < 60; ++trial) {
        QByteArray bytes = valid;
        for (int change = 1 + next() % 4; change > 0 && !bytes.isEmpty(); --change) {
            const int at = next() % static_cast<int>(bytes.size()); // never % 0: a truncation can empty it
            switch (next() % 4) {
            case 0:
                bytes.remove(at, 1 + next() % 12);
                break;
            case 1:
                bytes.insert(at, "\"x\"0,{[]}:"[next() % 10]);
                break;
            case 2:
                bytes[at] = static_cast<char>(next() % 256);
                break;
            default:
                bytes.truncate(at);
                break;
            }
        }
        const QString file = temp.file(QStringLiteral("fuzz.json"));
        QFile::remove(file);
        myfyrio::test::writeFile(file, bytes);
        const QString journal = temp.file(QStringLiteral("fuzz-%1/journal.sqlite").arg(trial));
        const auto result = runCli(journal, {QStringLiteral("import"), QStringLiteral("json"), file});
        INFO("trial " << trial << ": " << result.err.toStdString());
        if (result.code != 0) {
            CHECK_FALSE(QFileInfo::exists(journal));
            CHECK_FALSE(QFileInfo::exists(QFileInfo(journal).absolutePath()));
            // The temporary folder's random name may itself hold "SQL": look only at the words.
            const QString words = QString(result.err).remove(temp.folder());
            CHECK_FALSE(words.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        } else {
            ++made;
            CHECK(runCli(journal, {QStringLiteral("list")}).code == 0);
            CHECK(runCli(journal, {QStringLiteral("search"), QStringLiteral("teulu")}).code == 0);
        }
    }
    CHECK(made > 0); // some damage (inside a text) still leaves a backup that can be read
}
