#pragma once

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// Starts the desktop application: the interface language (asked at the first
/// run), the journal (with a way out when it cannot be opened: choose another
/// file or quit, never a fresh journal over the old one), then the main window.
class ApplicationShell
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ApplicationShell)

public:
    /// Runs the event loop and returns the exit code. An empty path means
    /// Database::defaultPath().
    static int run(const QString& databasePath);

    /// Installs the saved language, or asks for one and saves it. False when
    /// the person closed the question without choosing.
    static bool chooseLanguage();
};

} // namespace myfyrio
