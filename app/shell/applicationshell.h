#pragma once

#include "app/shell/journalopener.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace myfyrio {

class JournalSession;

/// Starts the desktop application and owns what is open: the interface
/// language (asked at the first run), the journal (the one named, else the
/// one opened last, else the default; with a way out when it cannot be
/// opened, never a fresh journal over the old one), and its window.
///
/// Switching journal opens the new one first; only when that worked is the
/// current window closed (saving) and a window made for the new one. A
/// journal that fails to open leaves the current one open.
class ApplicationShell : public QObject
{
    Q_OBJECT

public:
    ApplicationShell();
    ~ApplicationShell() override;

    /// Runs the event loop and returns the exit code. An empty path means the
    /// journal opened last (or Database::defaultPath()). A file to open (an
    /// agreement) is opened once the window shows.
    static int run(const QString& databasePath, const QString& openFile = {});

    /// Installs the saved language, or asks for one and saves it. False when
    /// the person closed the question without choosing.
    static bool chooseLanguage();

    /// Opens the journal at path as the app does at start (see JournalOpener);
    /// nothing when the person gave up.
    static std::optional<OpenedJournal> openJournal(const QString& path);

    /// Opens the journal and shows its window; false when the person gave up.
    bool start(const QString& path);
    /// Opens another journal in place of the current one (see the class comment).
    void switchTo(const QString& path, bool create);

    JournalSession* session() const { return m_session.get(); }
    /// True when start() ended by showing the window of another Myfyrio.
    bool raisedOther() const { return m_raisedOther; }

signals:
    /// The last window was closed and its journal put away.
    void finished();

private:
    void adopt(OpenedJournal opened);
    void windowClosed();
    void damaged(const QString& path, const QString& message);

    std::unique_ptr<JournalSession> m_session;
    bool m_raisedOther = false;
};

} // namespace myfyrio
