// cards export / withdraw / summary: two practitioners share into one folder, a third sums it up.

#include "core/learning/cardformat.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using myfyrio::CardFormat;
using myfyrio::test::runCli;
using myfyrio::test::TempJournal;

namespace {

/// Adds a learning-cycle reflection and returns its id.
QString addReflection(const QString& database, const QString& title, const QString& lesson, const QString& enabling,
                      const QString& reason, const QString& scale,
                      const QString& body = QStringLiteral("Private words about the visit."))
{
    const auto added = runCli(
        database, {QStringLiteral("add"), QStringLiteral("--title"), title, QStringLiteral("--date"),
                   QStringLiteral("2024-03-17"), QStringLiteral("--body"), body, QStringLiteral("--model"),
                   QStringLiteral("learning_cycle"), QStringLiteral("--answer"), QStringLiteral("learning=") + lesson,
                   QStringLiteral("--answer"), QStringLiteral("enabling=") + enabling, QStringLiteral("--scale"), scale,
                   QStringLiteral("--failure-reason"), reason});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    return added.out.trimmed();
}

QStringList cardFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.myfyrio-card")}, QDir::Files);
}

/// `cards summary` never opens a journal: the one given is never created.
QJsonObject summaryJson(const QString& database, const QStringList& arguments)
{
    const auto run = runCli(database, QStringList{QStringLiteral("cards"), QStringLiteral("summary")} + arguments
                                          + QStringList{QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isObject());
    CHECK_FALSE(QFileInfo::exists(database));
    return doc.object();
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("Two journals share cards into one folder and a third sums the folder up", "[cli][cards]")
{
    TempJournal first;
    TempJournal second;
    TempJournal reader;
    const QString folder = first.file(QStringLiteral("team-cards"));
    REQUIRE(QDir().mkpath(folder));

    const QString a = addReflection(
        first.path(), QStringLiteral("Home visit"), QStringLiteral("Asking what matters first changes the visit."),
        QStringLiteral("Smaller case loads"), QStringLiteral("task_challenge"), QStringLiteral("organisation"));
    const QString b = addReflection(
        second.path(), QStringLiteral("New rota"), QStringLiteral("A small trial told us more than a long plan."),
        QStringLiteral("smaller case loads?"), QStringLiteral("exploratory_testing"), QStringLiteral("organisation"));
    const QString c = addReflection(
        second.path(), QStringLiteral("Handover"), QStringLiteral("Handovers need a quiet place."),
        QStringLiteral("Time to reflect together"), QStringLiteral("inattention"), QStringLiteral("person"));

    const auto shareA = runCli(first.path(), {QStringLiteral("cards"), QStringLiteral("export"), QStringLiteral("--id"),
                                              a, QStringLiteral("--output"), folder, QStringLiteral("--author"),
                                              QStringLiteral("Team A")});
    INFO(shareA.err.toStdString());
    REQUIRE(shareA.code == 0);
    const auto shareBC =
        runCli(second.path(), {QStringLiteral("cards"), QStringLiteral("export"), QStringLiteral("--id"), b,
                               QStringLiteral("--id"), c, QStringLiteral("--output"), folder});
    INFO(shareBC.err.toStdString());
    REQUIRE(shareBC.code == 0);
    REQUIRE(cardFiles(folder).size() == 3);
    const QString cardOfC = shareBC.out.split(QLatin1Char('\n')).at(1).section(QLatin1Char(' '), 0, 0);
    CHECK(CardFormat::isCardId(cardOfC));

    // Nothing of the body or the day is in any file.
    for (const QString& name : cardFiles(folder)) {
        QString text = QString::fromUtf8(myfyrio::test::fileBytes(QDir(folder).filePath(name)));
        text.remove(QFileInfo(name).completeBaseName()); // the random id may hold any digits
        CHECK_FALSE(text.contains(QStringLiteral("Private words")));
        CHECK_FALSE(text.contains(QStringLiteral("17")));
        CHECK(text.contains(QStringLiteral("\"2024-03\"")));
    }

    // A malformed file and a deeply nested one are counted, never read as cards.
    myfyrio::test::writeFile(QDir(folder).filePath(QStringLiteral("broken.myfyrio-card")), QByteArray("{\"format\":"));
    myfyrio::test::writeFile(QDir(folder).filePath(QStringLiteral("deep.myfyrio-card")),
                             QByteArray(5000, '[') + QByteArray(5000, ']'));

    QJsonObject json = summaryJson(reader.path(), {folder});
    CHECK(json.value(QStringLiteral("cards")).toInt() == 3);
    CHECK(json.value(QStringLiteral("malformed")).toInt() == 2);
    CHECK(json.value(QStringLiteral("withdrawn")).toInt() == 0);
    const QJsonObject byReason = json.value(QStringLiteral("byReason")).toObject();
    CHECK(byReason.size() == 9);
    CHECK(byReason.value(QStringLiteral("task_challenge")).toInt() == 1);
    CHECK(byReason.value(QStringLiteral("exploratory_testing")).toInt() == 1);
    CHECK(byReason.value(QStringLiteral("deviance")).toInt() == 0);
    CHECK(json.value(QStringLiteral("byScale")).toObject().value(QStringLiteral("organisation")).toInt() == 2);
    const QJsonArray questions = json.value(QStringLiteral("enablingQuestions")).toArray();
    REQUIRE(questions.size() == 2);
    CHECK(questions.at(0).toObject().value(QStringLiteral("count")).toInt() == 2);
    CHECK(questions.at(0).toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Smaller")));

    // The text summary says the same in words.
    const auto text = runCli(reader.path(), {QStringLiteral("cards"), QStringLiteral("summary"), folder});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Learning cards: 3")));
    CHECK(text.out.contains(QStringLiteral("Left out as malformed: 2")));
    CHECK(text.out.contains(QStringLiteral("2 × Smaller case loads")));

    // The same pattern as a Welsh PDF, which is never replaced unless asked.
    const QString pdf = reader.file(QStringLiteral("tîm.pdf"));
    const QStringList pdfArgs{QStringLiteral("cards"),
                              QStringLiteral("summary"),
                              folder,
                              QStringLiteral("--pdf"),
                              pdf,
                              QStringLiteral("--report-language"),
                              QStringLiteral("cy"),
                              QStringLiteral("--team"),
                              QStringLiteral("Tîm y De")};
    const auto written = runCli(reader.path(), pdfArgs);
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    const QString welsh = pdfText(pdf);
    CHECK(welsh.contains(QStringLiteral("Crynodeb dysgu'r tîm")));
    CHECK(welsh.contains(QStringLiteral("Tîm y De")));
    CHECK(welsh.contains(QStringLiteral("Cardiau dysgu: 3")));
    CHECK(welsh.contains(QStringLiteral("Home visit")));
    CHECK_FALSE(welsh.contains(QStringLiteral("Private words")));
    const auto again = runCli(reader.path(), pdfArgs);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(runCli(reader.path(), pdfArgs + QStringList{QStringLiteral("--overwrite")}).code == 0);
    const auto badLanguage = runCli(reader.path(), {QStringLiteral("cards"), QStringLiteral("summary"), folder,
                                                    QStringLiteral("--pdf"), reader.file(QStringLiteral("x.pdf")),
                                                    QStringLiteral("--report-language"), QStringLiteral("fr")});
    CHECK(badLanguage.code == 1);
    CHECK_FALSE(QFileInfo::exists(reader.file(QStringLiteral("x.pdf"))));

    // The period narrows what is counted.
    CHECK(summaryJson(reader.path(), {folder, QStringLiteral("--from"), QStringLiteral("2024-04")})
              .value(QStringLiteral("byReason"))
              .toObject()
              .value(QStringLiteral("task_challenge"))
              .toInt()
          == 0);

    // Withdrawing by the start of the id replaces the file with a withdrawal record.
    const auto withdraw = runCli(second.path(), {QStringLiteral("cards"), QStringLiteral("withdraw"), cardOfC.left(8),
                                                 QStringLiteral("--output"), folder});
    INFO(withdraw.err.toStdString());
    REQUIRE(withdraw.code == 0);
    CHECK(withdraw.out.contains(cardOfC));
    json = summaryJson(reader.path(), {folder});
    CHECK(json.value(QStringLiteral("cards")).toInt() == 2);
    CHECK(json.value(QStringLiteral("withdrawn")).toInt() == 1);
    CHECK(json.value(QStringLiteral("byReason")).toObject().value(QStringLiteral("inattention")).toInt() == 0);

    // The other journal did not share it, so cannot withdraw it.
    const auto notMine = runCli(first.path(), {QStringLiteral("cards"), QStringLiteral("withdraw"), cardOfC,
                                               QStringLiteral("--output"), folder});
    CHECK(notMine.code == 1);
    CHECK(notMine.err.contains(QStringLiteral("did not share")));
}

TEST_CASE("cards export refuses a card with an identifier unless --redact, and writes nothing", "[cli][cards]")
{
    TempJournal journal;
    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));
    const QString id = addReflection(
        journal.path(), QStringLiteral("Phone call"), QStringLiteral("Ring back on 029 2034 5678 before noon."),
        QStringLiteral("A quiet room"), QStringLiteral("inattention"), QStringLiteral("person"));
    const QStringList share{QStringLiteral("cards"),    QStringLiteral("export"),
                            QStringLiteral("--id"),     id,
                            QStringLiteral("--output"), folder};
    const auto refused = runCli(journal.path(), share);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("029 2034 5678")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was written")));
    CHECK(cardFiles(folder).isEmpty());

    const auto redacted = runCli(journal.path(), share + QStringList{QStringLiteral("--redact")});
    INFO(redacted.err.toStdString());
    REQUIRE(redacted.code == 0);
    REQUIRE(cardFiles(folder).size() == 1);
    const QString text = QString::fromUtf8(myfyrio::test::fileBytes(QDir(folder).filePath(cardFiles(folder).at(0))));
    CHECK_FALSE(text.contains(QStringLiteral("2034")));
    CHECK(text.contains(QStringLiteral("Ring back on [")));
}

TEST_CASE("cards commands refuse bad input with a clear message", "[cli][cards]")
{
    TempJournal journal;
    TempJournal reader;
    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));

    const auto noSub = runCli(journal.path(), {QStringLiteral("cards"), QStringLiteral("share")});
    CHECK(noSub.code == 2);
    CHECK(noSub.err.contains(QStringLiteral("is not a cards subcommand")));

    const auto noFolder =
        runCli(journal.path(), {QStringLiteral("cards"), QStringLiteral("export"), QStringLiteral("--id"),
                                QStringLiteral("x"), QStringLiteral("--output"), journal.file(QStringLiteral("none"))});
    CHECK(noFolder.code == 1);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(journal.file(QStringLiteral("none"))));

    const auto badMonth = runCli(reader.path(), {QStringLiteral("cards"), QStringLiteral("summary"), folder,
                                                 QStringLiteral("--from"), QStringLiteral("2024-13")});
    CHECK(badMonth.code == 1);
    CHECK(badMonth.err.contains(QStringLiteral("not a month of the form YYYY-MM")));

    const auto backwards =
        runCli(reader.path(), {QStringLiteral("cards"), QStringLiteral("summary"), folder, QStringLiteral("--from"),
                               QStringLiteral("2024-05"), QStringLiteral("--to"), QStringLiteral("2024-01")});
    CHECK(backwards.code == 1);

    const auto missingFolder = runCli(
        reader.path(), {QStringLiteral("cards"), QStringLiteral("summary"), journal.file(QStringLiteral("gone"))});
    CHECK(missingFolder.code == 1);
    CHECK(missingFolder.err.contains(QStringLiteral("could not be read")));

    const QJsonObject empty = summaryJson(reader.path(), {folder});
    CHECK(empty.value(QStringLiteral("cards")).toInt() == 0);
    CHECK(empty.value(QStringLiteral("byReason")).toObject().size() == 9);
}
