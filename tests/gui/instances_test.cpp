// One writer per journal: a second Myfyrio raises the first or opens read-only;
// a lock left by a killed Myfyrio is taken over; switching journal.

#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "app/shell/applicationshell.h"
#include "app/shell/instancechannel.h"
#include "app/shell/journalfilemenu.h"
#include "app/shell/journalsession.h"
#include "app/shell/recentjournals.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journallock.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace myfyrio;

namespace {

Reflection titled(const QString& title)
{
    Reflection r;
    r.title = title;
    r.date = QDate(2024, 3, 1);
    return r;
}

/// A first Myfyrio, in a thread of its own, that holds the lock and answers on the channel.
class FirstInstance
{
public:
    explicit FirstInstance(const QString& journal) : m_lock(journal)
    {
        REQUIRE(m_lock.tryLock() == JournalLock::State::Held);
        m_thread.start();
        m_context.moveToThread(&m_thread);
        const QString canonical = JournalLock::canonicalPath(journal);
        QMetaObject::invokeMethod(
            &m_context,
            [this, canonical] {
                m_channel = new InstanceChannel(canonical);
                QObject::connect(m_channel, &InstanceChannel::raiseRequested, [this] { raised = true; });
            },
            Qt::BlockingQueuedConnection);
    }
    ~FirstInstance()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_channel; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    std::atomic_bool raised{false};

private:
    JournalLock m_lock;
    QThread m_thread;
    QObject m_context;
    InstanceChannel* m_channel = nullptr;
};

} // namespace

TEST_CASE("A second window on an open journal opens it read-only, says so, and never writes", "[gui][instances]")
{
    test::TempJournal journal;
    journal.open().reset();
    FirstInstance first(journal.path());
    const QByteArray before = test::fileBytes(journal.path());

    MessageBox::setNextAnswer(QMessageBox::ActionRole); // Open Read-Only
    auto opened = ApplicationShell::openJournal(journal.path());
    REQUIRE(opened.has_value());
    CHECK(MessageBox::answeredTexts().constFirst().contains(QStringLiteral("open in another Myfyrio window")));
    CHECK_FALSE(opened->lock);
    Database& db = *opened->database;
    db.waitForCheck();
    CHECK(db.readOnlyReason() == Database::ReadOnlyReason::OtherWindow);
    CHECK(JournalSession::titleFor(db) == QStringLiteral("journal.sqlite — read-only"));
    auto refused = ReflectionStore(db).add(titled(QStringLiteral("Never saved")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("open in another Myfyrio window")));
    opened.reset();
    CHECK(test::fileBytes(journal.path()) == before);
    CHECK_FALSE(first.raised);
}

TEST_CASE("Show That Window asks the first Myfyrio to show itself", "[gui][instances]")
{
    test::TempJournal journal;
    journal.open().reset();
    FirstInstance first(journal.path());
    MessageBox::setNextAnswer(QMessageBox::AcceptRole); // Show That Window
    JournalOpener opener(JournalOpener::Purpose::Start);
    CHECK_FALSE(opener.open(journal.path()).has_value());
    CHECK(opener.raisedOther());
    CHECK(first.raised);
}

TEST_CASE("The same journal under another name is the same journal", "[gui][instances]")
{
    test::TempJournal journal;
    journal.open().reset();
    FirstInstance first(journal.path());
    const QString link = journal.file(QStringLiteral("other-name.sqlite"));
    REQUIRE(QFile::link(journal.path(), link));
    MessageBox::setNextAnswer(QMessageBox::RejectRole); // Quit
    CHECK_FALSE(ApplicationShell::openJournal(link).has_value());
    CHECK(MessageBox::answeredTexts().size() == 1);
}

TEST_CASE("A lock left by a killed Myfyrio is taken over without asking", "[gui][instances]")
{
    test::TempJournal journal;
    journal.open().reset();
    Translations::saveLanguage(QStringLiteral("en"));
    QProcess app;
    app.setProgram(QStringLiteral(MYFYRIO_EXECUTABLE));
    app.setArguments({QStringLiteral("--database"), journal.path()});
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start();
    REQUIRE(app.waitForStarted());
    const QString lockFile = JournalLock(journal.path()).lockPath();
    REQUIRE(QTest::qWaitFor(
        [&] {
            QFile file(lockFile);
            return file.open(QIODevice::ReadOnly) && file.readLine().trimmed().toLongLong() == app.processId();
        },
        15000));
    // The running Myfyrio answers a second one.
    REQUIRE(QTest::qWaitFor(
        [&] { return InstanceChannel::askToRaise(JournalLock::canonicalPath(journal.path()), 500); }, 10000));

    app.kill(); // as kill -9 would
    REQUIRE(app.waitForFinished());
    auto opened = ApplicationShell::openJournal(journal.path());
    REQUIRE(opened.has_value());
    CHECK(MessageBox::answeredTexts().isEmpty()); // nobody was asked
    REQUIRE(opened->lock);
    CHECK(opened->lock->isHeld());
    opened->database->waitForCheck();
    CHECK_FALSE(opened->database->isReadOnly());
}

TEST_CASE("Switching journal opens the new one first; one that fails leaves the current one open",
          "[gui][instances][shell]")
{
    test::TempJournal journal;
    const QString practice = journal.file(QStringLiteral("practice.sqlite"));
    const QString broken = journal.file(QStringLiteral("broken.sqlite"));
    test::writeFile(broken, QByteArray("not a journal"));
    RecentJournals::clear();

    ApplicationShell shell;
    REQUIRE(shell.start(journal.path()));
    REQUIRE(shell.session());
    CHECK(shell.session()->window()->windowTitle() == QStringLiteral("journal.sqlite"));
    shell.session()->database().waitForCheck();

    shell.switchTo(practice, true);
    REQUIRE(shell.session());
    CHECK(shell.session()->database().path() == practice);
    CHECK(shell.session()->window()->windowTitle() == QStringLiteral("practice.sqlite"));
    CHECK(shell.session()->window()->isVisible());
    CHECK(RecentJournals::last() == practice);
    CHECK(RecentJournals::list().contains(journal.path()));

    MessageBox::setNextAnswer(QMessageBox::RejectRole); // Cancel
    shell.switchTo(broken, false);
    REQUIRE(shell.session());
    CHECK(shell.session()->database().path() == practice);
    CHECK(test::fileBytes(broken) == QByteArray("not a journal"));

    // The File menu's Open Recent offers the other journal.
    JournalFileMenu* menu = shell.session()->window()->journalFiles();
    emit menu->recentMenu()->aboutToShow();
    const QList<QAction*> recent = menu->recentMenu()->actions();
    REQUIRE(recent.size() == 1);
    CHECK(recent.constFirst()->text() == QStringLiteral("journal.sqlite"));

    // New Journal… never writes over a file that is there.
    FileDialog::setNextFileName(broken);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    menu->newJournal();
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("never writes over a file")));
    CHECK(test::fileBytes(broken) == QByteArray("not a journal"));
    RecentJournals::clear();
}
