#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace myfyrio {

class Database;

/// Starts the desktop application: the interface language (asked at the first
/// run), the journal (with a way out when it cannot be opened: choose another
/// file or quit, never a fresh journal over the old one), then the main window.
class ApplicationShell
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ApplicationShell)

public:
    /// Runs the event loop and returns the exit code. An empty path means
    /// Database::defaultPath(). A file to open (an agreement) is opened once
    /// the window shows.
    static int run(const QString& databasePath, const QString& openFile = {});

    /// Installs the saved language, or asks for one and saves it. False when
    /// the person closed the question without choosing.
    static bool chooseLanguage();

    /// Opens the journal at path. When it cannot be opened, says why and offers
    /// "Choose Another Journal…" (a file dialog) or "Quit" (nullptr). A file
    /// that failed to open is left exactly as it was.
    static std::unique_ptr<Database> openJournal(QString path);
};

} // namespace myfyrio
