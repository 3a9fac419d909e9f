#include "app/shell/journalsession.h"

#include "app/dialogs/messagebox.h"
#include "app/mainwindow/mainwindow.h"
#include "app/shell/instancechannel.h"
#include "app/shell/journalfilemenu.h"
#include "core/backup/backupservice.h"

#include <QEvent>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

namespace myfyrio {

JournalSession::JournalSession(OpenedJournal opened, QObject* parent)
    : QObject(parent), m_opened(std::move(opened)), m_window(new MainWindow(*m_opened.database))
{
    Database& database = *m_opened.database;
    if (m_opened.lock) {
        m_channel = std::make_unique<InstanceChannel>(JournalLock::canonicalPath(database.path()));
        connect(m_channel.get(), &InstanceChannel::raiseRequested, this, [this] {
            if (!m_window)
                return;
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
    m_window->installEventFilter(this);
    connect(m_window->journalFiles(), &JournalFileMenu::journalRequested, this, &JournalSession::journalRequested);
    connect(&database, &Database::accessChanged, this, &JournalSession::updateTitle);
    connect(&database, &Database::checkFinished, this, &JournalSession::checked);
    connect(&database, &Database::noticed, this, [this](const QString& sentence) {
        if (m_window)
            MessageBox::information(m_window, tr("Search Index Rebuilt"), sentence);
    });
    updateTitle();
    const QStringList notices = database.notices();
    if (!notices.isEmpty())
        m_window->statusBar()->showMessage(notices.join(QLatin1Char(' ')), 15000);
    if (database.isChecked())
        database.backups().startAutomatic();
}

JournalSession::~JournalSession()
{
    // The window refers to the journal: it goes first.
    delete m_window;
}

void JournalSession::show()
{
    m_window->show();
}

bool JournalSession::close()
{
    m_closing = true;
    if (m_window && !m_window->close()) {
        m_closing = false;
        return false;
    }
    return true;
}

void JournalSession::finish()
{
    m_opened.database->backups().backupOnClose();
}

std::unique_ptr<JournalLock> JournalSession::takeLockAndClose()
{
    m_closing = true;
    delete m_window;
    m_channel.reset();
    m_opened.database.reset();
    return std::move(m_opened.lock);
}

QString JournalSession::titleFor(const Database& database)
{
    const QString name = QFileInfo(database.path()).fileName();
    switch (database.readOnlyReason()) {
    case Database::ReadOnlyReason::None:
    case Database::ReadOnlyReason::Checking:
        return name;
    case Database::ReadOnlyReason::OtherWindow:
    case Database::ReadOnlyReason::FileReadOnly:
    case Database::ReadOnlyReason::FolderReadOnly:
    case Database::ReadOnlyReason::Damaged:
        break;
    }
    //: The window title of a journal that cannot be changed here; %1 is its file name.
    return tr("%1 — read-only").arg(name);
}

void JournalSession::updateTitle()
{
    if (!m_window)
        return;
    const Database& database = *m_opened.database;
    m_window->setWindowTitle(titleFor(database));
    // Read-only is said until it ends (write permission came back).
    if (database.isReadOnly() && database.readOnlyReason() != Database::ReadOnlyReason::Checking) {
        m_window->statusBar()->showMessage(sql::readOnlySentence(database.readOnlyReason()));
        m_showingReadOnly = true;
    } else if (m_showingReadOnly) {
        m_window->statusBar()->clearMessage();
        m_showingReadOnly = false;
    }
}

void JournalSession::checked(bool passed, const QString& message)
{
    if (!passed) {
        emit damaged(m_opened.database->path(), message);
        return;
    }
    if (!message.isEmpty() && m_window)
        MessageBox::information(m_window, tr("Search Index Rebuilt"), message);
    m_opened.database->backups().startAutomatic();
}

bool JournalSession::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::LanguageChange) {
            // After the window's own retranslation, which may set a title of its own.
            QTimer::singleShot(0, this, &JournalSession::updateTitle);
        } else if (event->type() == QEvent::Close && !m_closing) {
            // Whether the window accepted the close is known once it has handled it.
            QTimer::singleShot(0, this, [this] {
                if (m_window && !m_window->isVisible())
                    emit windowClosed();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace myfyrio
