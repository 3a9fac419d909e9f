#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using myfyrio::test::TempJournal;

namespace {

using Result = myfyrio::test::CliRun;

Result runCli(const QString& database, const QStringList& arguments)
{
    return myfyrio::test::runCli(database, arguments);
}

void addReflections(const QString& database)
{
    const QStringList shared{QStringLiteral("add"),
                             QStringLiteral("--title"),
                             QStringLiteral("Ymweliad â'r teulu"),
                             QStringLiteral("--date"),
                             QStringLiteral("2024-03-01"),
                             QStringLiteral("--lang"),
                             QStringLiteral("cy"),
                             QStringLiteral("--tag"),
                             QStringLiteral("dŵr"),
                             QStringLiteral("--bring-to-supervision"),
                             QStringLiteral("--body"),
                             QStringLiteral("Effaith fawr ar y teulu.")};
    REQUIRE(runCli(database, shared).code == 0);
    const QStringList secret{QStringLiteral("add"),
                             QStringLiteral("--title"),
                             QStringLiteral("Private worry"),
                             QStringLiteral("--date"),
                             QStringLiteral("2024-04-01"),
                             QStringLiteral("--body"),
                             QStringLiteral("SECRETPRIVATETEXT")};
    REQUIRE(runCli(database, secret).code == 0);
}

QJsonObject tablesIn(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    REQUIRE(doc.isObject());
    CHECK(doc.object().value(QStringLiteral("format")).toString() == QStringLiteral("myfyrio-backup"));
    return doc.object().value(QStringLiteral("tables")).toObject();
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("export json then import json into an empty journal gives the same journal", "[cli][backup]")
{
    TempJournal source;
    addReflections(source.path());
    const QString first = source.file(QStringLiteral("first.json"));
    const Result exported =
        runCli(source.path(), {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--output"), first});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);

    TempJournal target;
    const Result imported = runCli(target.path(), {QStringLiteral("import"), QStringLiteral("json"), first});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("Records added:")));
    const QString second = target.file(QStringLiteral("second.json"));
    REQUIRE(runCli(target.path(), {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), second}).code
            == 0);
    CHECK(tablesIn(first) == tablesIn(second));

    // Merging it again adds nothing.
    const Result again = runCli(target.path(), {QStringLiteral("import"), QStringLiteral("json"), first});
    REQUIRE(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("Records added: 0")));

    // An existing file is not replaced without --overwrite.
    const Result refused =
        runCli(target.path(), {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), second});
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("import json refuses a malformed file and leaves the journal as it was", "[cli][backup]")
{
    TempJournal temp;
    addReflections(temp.path());
    const QString before = temp.file(QStringLiteral("before.json"));
    REQUIRE(runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), before}).code
            == 0);
    const QString broken = temp.file(QStringLiteral("broken.json"));
    myfyrio::test::writeFile(broken, QByteArray("{\"format\": \"myfyrio-backup\", \"tables\": [1, 2"));
    const Result result = runCli(temp.path(), {QStringLiteral("import"), QStringLiteral("json"), broken});
    CHECK(result.code == 1);
    CHECK(result.err.contains(QStringLiteral("is not a Myfyrio backup")));
    const QString after = temp.file(QStringLiteral("after.json"));
    REQUIRE(runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), after}).code
            == 0);
    CHECK(tablesIn(before) == tablesIn(after));
}

TEST_CASE("export pdf writes a Welsh report without private reflections unless asked", "[cli][report]")
{
    // scripts/myfyrio installs poppler-utils; without it the PDF cannot be read back.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    TempJournal temp;
    addReflections(temp.path());
    const QString pdf = temp.file(QStringLiteral("portfolio.pdf"));
    const Result result =
        runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf,
                             QStringLiteral("--kind"), QStringLiteral("portfolio"), QStringLiteral("--report-language"),
                             QStringLiteral("cy"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2024-12-31")});
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Tudalen 1 / ")));
    CHECK(text.contains(QStringLiteral("Effaith fawr ar y teulu.")));
    CHECK_FALSE(text.contains(QStringLiteral("SECRETPRIVATETEXT")));

    const QString mine = temp.file(QStringLiteral("mine.pdf"));
    const Result own = runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("-o"), mine,
                                            QStringLiteral("--include-private")});
    REQUIRE(own.code == 0);
    CHECK(pdfText(mine).contains(QStringLiteral("SECRETPRIVATETEXT")));
}

TEST_CASE("export checks its options before it touches the journal", "[cli][report]")
{
    TempJournal temp;
    const QString pdf = temp.file(QStringLiteral("r.pdf"));
    for (const QStringList& wrong : {
             QStringList{QStringLiteral("--kind"), QStringLiteral("poster")},
             QStringList{QStringLiteral("--from"), QStringLiteral("2024-02-30")},
             QStringList{QStringLiteral("--report-language"), QStringLiteral("fr")},
             QStringList{QStringLiteral("--kind"), QStringLiteral("reflection")},
         }) {
        const Result result =
            runCli(temp.path(),
                   QStringList{QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf} + wrong);
        INFO(wrong.join(QLatin1Char(' ')).toStdString());
        CHECK(result.code != 0);
        CHECK_FALSE(result.err.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(temp.path()));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("export to a read-only folder fails clearly and leaves no file", "[cli][report]")
{
    TempJournal temp;
    addReflections(temp.path());
    // Root ignores folder permissions, so there a read-only file system stands in.
    const bool root = ::geteuid() == 0;
    const QString folder = root ? QStringLiteral("/proc") : temp.file(QStringLiteral("locked"));
    if (!root) {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("json")}) {
        const QString path = folder + QStringLiteral("/report.") + format;
        const Result result = runCli(temp.path(), {QStringLiteral("export"), format, QStringLiteral("-o"), path});
        CHECK(result.code == 1);
        CHECK(result.err.contains(QStringLiteral("could not be written")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    if (!root)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("export markdown writes one file per reflection with front matter", "[cli][backup]")
{
    TempJournal temp;
    addReflections(temp.path());
    const QString folder = temp.file(QStringLiteral("md"));
    const Result result =
        runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("markdown"), QStringLiteral("-o"), folder});
    INFO(result.err.toStdString());
    REQUIRE(result.code == 0);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    REQUIRE(files
            == QStringList{QStringLiteral("2024-03-01-ymweliad-ar-teulu.md"),
                           QStringLiteral("2024-04-01-private-worry.md")});
    const QString text = QString::fromUtf8(myfyrio::test::fileBytes(QDir(folder).filePath(files.constFirst())));
    CHECK(text.startsWith(QStringLiteral("---\nid: ")));
    CHECK(text.contains(QStringLiteral("title: \"Ymweliad â'r teulu\"\n")));
    CHECK(text.contains(QStringLiteral("date: 2024-03-01\n")));
    CHECK(text.contains(QStringLiteral("tags: [\"dŵr\"]\n")));
    CHECK(text.contains(QStringLiteral("lang: cy\n")));
    CHECK(text.contains(QStringLiteral("bringToSupervision: true\n")));
    CHECK(text.contains(QStringLiteral("---\n\n# Ymweliad â'r teulu\n\nEffaith fawr ar y teulu.\n")));
    // A second export into the same folder does not replace the files silently.
    const Result again =
        runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("markdown"), QStringLiteral("-o"), folder});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}
