#include "app/common/autosavetimer.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/shell/signalsaver.h"
#include "app/supervision/agreementeditor.h"
#include "app/supervision/agreementsview.h"
#include "app/supervision/sessioneditordialog.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTextEdit>

#include <csignal>

using namespace myfyrio;

namespace {

Agreement makeAgreement(const Database& db, const QString& supervisor)
{
    AgreementContent c;
    c.supervisorName = supervisor;
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    auto created = AgreementStore(db).create(c, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    return *created;
}

QString storedText(const Database& db, const QString& agreementId, const QString& section)
{
    auto found = AgreementStore(db).find(agreementId);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->head()->content.text(section);
}

} // namespace

TEST_CASE("SIGTERM, SIGINT and SIGHUP save the open reflection, agreement draft and session, then quit",
          "[gui][autosave][signals]")
{
    const int signal = GENERATE(SIGTERM, SIGINT, SIGHUP);
    AutosaveTimer::setDelays(60000, 60000); // nothing saves by itself in this test
    test::TempJournal journal;
    auto db = journal.open();
    const Reflection reflection = test::addReflection(*db, QStringLiteral("Before logout"), QDate(2024, 3, 1));
    const Agreement agreement = makeAgreement(*db, QStringLiteral("Siân Llewelyn"));
    int quitWith = -1;
    SignalSaver saver([&](int code) { quitWith = code; });
    REQUIRE(saver.isActive());

    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.journal()->openReflection(reflection.id, reflection.date));
    QPlainTextEdit* body = window.journal()->editor()->bodyEdit();
    body->setFocus();
    test::typeText(body, QStringLiteral("Typed as the session ended: dŵr."));
    // A second Supervision view beside the window, with a draft being typed.
    AgreementsView supervision(*db);
    supervision.show();
    REQUIRE(supervision.select(agreement.id));
    auto* context = supervision.editor()->findChild<QTextEdit*>(QStringLiteral("text-context"));
    REQUIRE(context);
    context->setFocus();
    test::typeText(context, QStringLiteral("We meet in Tŷ Hywel."));
    REQUIRE(supervision.editor()->isModified());
    // And a session being recorded.
    Session session;
    session.agreementId = agreement.id;
    session.date = QDate(2024, 3, 4);
    SessionEditorDialog recording(*db, session);
    recording.show();
    auto* notes = recording.findChild<QTextEdit*>(QStringLiteral("sessionNotes"));
    REQUIRE(notes);
    notes->setFocus();
    test::typeText(notes, QStringLiteral("Talked about the rota."));

    REQUIRE(std::raise(signal) == 0);
    REQUIRE(QTest::qWaitFor([&] { return quitWith >= 0; }, 5000));
    CHECK(quitWith == 0);
    auto found = ReflectionStore(*db).find(reflection.id);
    REQUIRE(found.ok());
    CHECK((*found)->body == QStringLiteral("Typed as the session ended: dŵr."));
    CHECK(storedText(*db, agreement.id, QStringLiteral("context")).contains(QStringLiteral("We meet in Tŷ Hywel.")));
    auto sessions = SessionStore(*db).list(agreement.id);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->first().notes.contains(QStringLiteral("Talked about the rota.")));
}

TEST_CASE("The app itself quits cleanly on SIGTERM, leaving a sound journal", "[gui][signals]")
{
    test::TempJournal journal;
    {
        auto db = journal.open();
        test::addReflection(*db, QStringLiteral("Kept"), QDate(2024, 3, 1));
    }
    // A settings folder with the interface language chosen, so no question is asked.
    const QString config = journal.file(QStringLiteral("config"));
    {
        QSettings settings(config + QStringLiteral("/myfyrio/myfyrio.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("interface/language"), QStringLiteral("en"));
    }
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(MYFYRIO_EXECUTABLE), {QStringLiteral("--database"), journal.path()});
    REQUIRE(app.waitForStarted(10000));
    // Wait until the window is up: the journal is open (its WAL file exists).
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(journal.path() + QStringLiteral("-wal")); }, 10000));
    QTest::qWait(300);
    app.terminate(); // SIGTERM
    REQUIRE(app.waitForFinished(10000));
    CHECK(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() == 0);
    auto db = journal.open();
    CHECK(ReflectionStore(*db).count().value() == 1);
}
