#include "app/shell/applicationshell.h"

#include "app/mainwindow/mainwindow.h"
#include "app/shell/journalsession.h"
#include "app/shell/languagechooserdialog.h"
#include "app/shell/recentjournals.h"
#include "core/i18n/translations.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QTimer>

namespace myfyrio {

ApplicationShell::ApplicationShell() = default;

ApplicationShell::~ApplicationShell() = default;

bool ApplicationShell::chooseLanguage()
{
    const QString saved = Translations::savedLanguage();
    if (!saved.isEmpty()) {
        Translations::install(saved);
        return true;
    }
    LanguageChooserDialog chooser;
    chooser.exec();
    if (chooser.chosen().isEmpty())
        return false;
    Translations::install(chooser.chosen());
    Translations::saveLanguage(chooser.chosen());
    return true;
}

std::optional<OpenedJournal> ApplicationShell::openJournal(const QString& path)
{
    return JournalOpener(JournalOpener::Purpose::Start).open(path);
}

bool ApplicationShell::start(const QString& path)
{
    JournalOpener opener(JournalOpener::Purpose::Start);
    auto opened = opener.open(path);
    m_raisedOther = opener.raisedOther();
    if (!opened)
        return false;
    adopt(std::move(*opened));
    return true;
}

void ApplicationShell::adopt(OpenedJournal opened)
{
    RecentJournals::add(opened.database->path());
    m_session = std::make_unique<JournalSession>(std::move(opened));
    JournalSession* session = m_session.get();
    connect(session, &JournalSession::windowClosed, this, &ApplicationShell::windowClosed);
    // Queued: the journal that says so is closed in answer.
    connect(session, &JournalSession::damaged, this, &ApplicationShell::damaged, Qt::QueuedConnection);
    // Queued: the request comes from a menu of the window that is about to go.
    connect(session, &JournalSession::journalRequested, this, &ApplicationShell::switchTo, Qt::QueuedConnection);
    session->show();
}

void ApplicationShell::switchTo(const QString& path, bool create)
{
    if (!m_session)
        return;
    JournalOpener opener(JournalOpener::Purpose::Switch, m_session->window());
    auto opened = opener.open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!opened)
        return; // the current journal stays open
    if (!m_session->close())
        return; // its window kept unsaved changes open; the new journal is closed again
    m_session->finish();
    m_session.reset();
    adopt(std::move(*opened));
}

void ApplicationShell::windowClosed()
{
    if (!m_session)
        return;
    m_session->finish();
    m_session.reset();
    emit finished();
}

void ApplicationShell::damaged(const QString& path, const QString& message)
{
    // Nothing was written to it: the window was read-only until the check passed.
    auto lock = m_session->takeLockAndClose();
    m_session.reset();
    JournalOpener opener(JournalOpener::Purpose::Start);
    const auto next = opener.rescue(path, message);
    lock.reset(); // open() takes the lock of whichever journal it opens
    if (next) {
        if (auto opened = opener.open(*next)) {
            adopt(std::move(*opened));
            return;
        }
    }
    emit finished();
}

int ApplicationShell::run(const QString& databasePath, const QString& openFile)
{
    if (!chooseLanguage())
        return 0;
    // The shell decides when the app is done: switching journal closes a window too.
    QApplication::setQuitOnLastWindowClosed(false);
    QString path = databasePath;
    if (path.isEmpty())
        path = RecentJournals::last();
    if (path.isEmpty())
        path = Database::defaultPath();
    ApplicationShell shell;
    if (!shell.start(path))
        return shell.raisedOther() ? 0 : 1;
    if (!openFile.isEmpty())
        shell.session()->window()->openFile(openFile);
    connect(&shell, &ApplicationShell::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    return QApplication::exec();
}

} // namespace myfyrio
