#include "app/cli/clirunner.h"
#include "core/backup/backupname.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journallock.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/journalfaults.h"
#include "tests/support/tempjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace myfyrio;
using myfyrio::test::CliRun;
using myfyrio::test::runCli;
using myfyrio::test::TempJournal;

namespace {

QJsonArray backupList(const QString& journal)
{
    return test::runJson(journal, {QStringLiteral("backup"), QStringLiteral("list")}).array();
}

int reflectionsIn(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    return *ReflectionStore(**db).count();
}

} // namespace

TEST_CASE("backup create, list --json and verify", "[cli][backup]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 4);
    }
    CHECK(backupList(journal.path()).isEmpty());
    const CliRun made = runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("create")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("Backup made:")));

    const QJsonArray list = backupList(journal.path());
    REQUIRE(list.size() == 1);
    const QJsonObject backup = list.at(0).toObject();
    CHECK(BackupName::parse(journal.path(), backup.value(QStringLiteral("file")).toString()).has_value());
    const QDateTime created =
        QDateTime::fromString(backup.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    CHECK(created.isValid());
    CHECK(created.timeSpec() == Qt::UTC);
    CHECK(backup.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
    CHECK(backup.value(QStringLiteral("reflections")).toInt() == 4);
    CHECK(backup.value(QStringLiteral("agreements")).toInt() == 0);
    CHECK(backup.value(QStringLiteral("bytes")).toInteger()
          == QFileInfo(backup.value(QStringLiteral("path")).toString()).size());
    CHECK(backup.value(QStringLiteral("ok")).toBool());
    CHECK(backup.value(QStringLiteral("reason")).toString() == QStringLiteral("manual"));

    const CliRun verified = runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("verify")});
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(QStringLiteral("passes its check")));

    // A damaged backup fails its verification.
    test::damageDateIndex(backup.value(QStringLiteral("path")).toString());
    const CliRun failed = runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("verify")});
    CHECK(failed.code != 0);
    CHECK(failed.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("backup restore takes a name from the list or a path, and asks unless --yes", "[cli][backup]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 2);
    }
    REQUIRE(runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("create")}).code == 0);
    const QString name = backupList(journal.path()).at(0).toObject().value(QStringLiteral("file")).toString();
    {
        auto db = journal.open();
        test::addReflections(*db, 3, QStringLiteral("Later"));
    }
    const QByteArray before = test::fileBytes(journal.path());

    const CliRun unasked = runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("restore"), name});
    CHECK(unasked.code != 0);
    CHECK(unasked.err.contains(QStringLiteral("--yes")));
    CHECK(test::fileBytes(journal.path()) == before);

    const CliRun restored =
        runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("restore"), name, QStringLiteral("--yes")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(reflectionsIn(journal.path()) == 2);
    // The journal as it was (5 reflections) is kept in a backup of its own.
    const QJsonArray list = backupList(journal.path());
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("restore"));
    CHECK(list.at(0).toObject().value(QStringLiteral("reflections")).toInt() == 5);

    // By path, too.
    const QString path = list.at(0).toObject().value(QStringLiteral("path")).toString();
    REQUIRE(runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--yes")})
                .code
            == 0);
    CHECK(reflectionsIn(journal.path()) == 5);

    const CliRun unknown = runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("restore"),
                                                   QStringLiteral("nothing.sqlite"), QStringLiteral("--yes")});
    CHECK(unknown.code != 0);
    CHECK(unknown.err.contains(QStringLiteral("myfyrio backup list")));
}

TEST_CASE("A damaged journal: the CLI names the way back, and a restore keeps the damaged file", "[cli][backup]")
{
    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 40);
    }
    REQUIRE(runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("create")}).code == 0);
    test::damageDateIndex(journal.path());
    const QByteArray damaged = test::fileBytes(journal.path());

    // A command that writes is checked first: it refuses, says why and names the way back.
    const CliRun added = runCli(journal.path(), {QStringLiteral("add"), QStringLiteral("--title"),
                                                 QStringLiteral("New"), QStringLiteral("--body"), QStringLiteral("b")});
    CHECK(added.code != 0);
    CHECK(added.err.contains(QStringLiteral("is damaged")));
    CHECK(added.err.contains(QStringLiteral("myfyrio backup list")));
    CHECK(added.err.contains(QStringLiteral("myfyrio backup restore")));
    CHECK(test::fileBytes(journal.path()) == damaged);
    // One that only reads shows what can be read, or says it is damaged; it never writes.
    const CliRun listed = runCli(journal.path(), {QStringLiteral("list")});
    if (listed.code != 0)
        CHECK(listed.err.contains(QStringLiteral("myfyrio backup restore")));
    CHECK(test::fileBytes(journal.path()) == damaged);

    const QString name = backupList(journal.path()).at(0).toObject().value(QStringLiteral("file")).toString();
    const CliRun restored =
        runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("restore"), name, QStringLiteral("--yes")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(QStringLiteral("kept as")));
    const QStringList kept = QDir(journal.folder()).entryList({QStringLiteral("journal-damaged-*.sqlite")});
    REQUIRE(kept.size() == 1);
    CHECK(test::fileBytes(QDir(journal.folder()).filePath(kept.constFirst())) == damaged);
    CHECK(reflectionsIn(journal.path()) == 40);
}

TEST_CASE("backup restore is refused while the journal is open in the app", "[cli][backup]")
{
    TempJournal journal;
    journal.open().reset();
    REQUIRE(runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("create")}).code == 0);
    const QString name = backupList(journal.path()).at(0).toObject().value(QStringLiteral("file")).toString();
    JournalLock app(journal.path());
    REQUIRE(app.tryLock() == JournalLock::State::Held);
    const QByteArray before = test::fileBytes(journal.path());
    const CliRun refused =
        runCli(journal.path(), {QStringLiteral("backup"), QStringLiteral("restore"), name, QStringLiteral("--yes")});
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("open in Myfyrio")));
    CHECK(test::fileBytes(journal.path()) == before);
}

TEST_CASE("An empty --database is an error and touches nothing", "[cli]")
{
    TempJournal journal;
    const QStringList arguments{QStringLiteral("myfyrio"), QStringLiteral("--database"), QString(),
                                QStringLiteral("list")};
    CHECK(cli::CliRunner::wantsCommandLine({QStringLiteral("myfyrio"), QStringLiteral("--database"), QString()}));
    QString out;
    QString err;
    QString input;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QTextStream inStream(&input);
    CHECK(cli::CliRunner::run(arguments, outStream, errStream, inStream) == 2);
    CHECK(err.contains(QStringLiteral("--database")));
    CHECK_FALSE(QFileInfo::exists(Database::defaultPath()));
}

TEST_CASE("import json backs up a journal that holds reflections first, and not an empty one", "[cli][backup]")
{
    TempJournal source;
    {
        auto db = source.open();
        test::addReflections(*db, 3, QStringLiteral("Theirs"));
    }
    const QString exported = source.file(QStringLiteral("export.json"));
    REQUIRE(
        runCli(source.path(), {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--output"), exported})
            .code
        == 0);

    TempJournal fresh;
    const CliRun intoNew = runCli(fresh.path(), {QStringLiteral("import"), QStringLiteral("json"), exported});
    INFO(intoNew.err.toStdString());
    REQUIRE(intoNew.code == 0);
    CHECK(backupList(fresh.path()).isEmpty()); // nothing was there to lose

    TempJournal journal;
    {
        auto db = journal.open();
        test::addReflections(*db, 2, QStringLiteral("Mine"));
    }
    const CliRun imported = runCli(journal.path(), {QStringLiteral("import"), QStringLiteral("json"), exported});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(reflectionsIn(journal.path()) == 5);
    const QJsonArray list = backupList(journal.path());
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("import"));
    CHECK(list.at(0).toObject().value(QStringLiteral("reflections")).toInt() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("ok")).toBool());
}
