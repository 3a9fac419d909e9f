#include "app/journal/autosaver.h"
#include "app/journal/reflectioneditor.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace myfyrio;

TEST_CASE("The save state says what is true: unsaved until the pause then saved", "[gui][autosave]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection stored = test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2));
    ReflectionEditor editor;
    editor.setReflection(stored);
    Autosaver saver(*db, &editor);
    CHECK(saver.message() == QStringLiteral("All changes saved"));

    QVector<Autosaver::State> seen;
    QObject::connect(&saver, &Autosaver::stateChanged, [&](Autosaver::State state) { seen << state; });
    QTest::keyClicks(editor.titleEdit(), QStringLiteral(" notes"));
    CHECK(saver.state() == Autosaver::State::Pending);
    CHECK(saver.message() == QStringLiteral("Unsaved changes"));

    REQUIRE(saver.saveNow());
    CHECK(saver.message() == QStringLiteral("All changes saved"));
    // "Saving…" is shown only while the store writes, between the two.
    CHECK(seen
          == QVector<Autosaver::State>{Autosaver::State::Pending, Autosaver::State::Saving, Autosaver::State::Saved});

    test::switchLanguage(QStringLiteral("cy"));
    QTest::keyClicks(editor.titleEdit(), QStringLiteral("!"));
    CHECK(saver.message() == QStringLiteral("Newidiadau heb eu cadw"));
    saver.discard();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("A failed save says why and keeps saying so while typing goes on", "[gui][autosave]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection stored = test::addReflection(*db, QStringLiteral("Handover"), QDate(2024, 4, 2));
    {
        QSqlDatabase saboteur = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("autosaverstate"));
        saboteur.setDatabaseName(journal.path());
        REQUIRE(saboteur.open());
        REQUIRE(QSqlQuery(saboteur).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON reflection "
                                                        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("autosaverstate"));
    ReflectionEditor editor;
    editor.setReflection(stored);
    Autosaver saver(*db, &editor);
    QTest::keyClicks(editor.titleEdit(), QStringLiteral(" notes"));
    CHECK_FALSE(saver.saveNow());
    CHECK(saver.message().startsWith(QStringLiteral("Could not save: ")));
    QTest::keyClicks(editor.titleEdit(), QStringLiteral("!"));
    CHECK(saver.state() == Autosaver::State::Failed);
    CHECK(saver.message().startsWith(QStringLiteral("Could not save: ")));
    saver.discard();
}
