// Myfyrio: a bilingual reflective-practice journal.
// Without a command it opens the journal in a window; with one it runs it and exits.
// With one .myfyrio-agreement file (a double-click) it opens the window and imports it.

#include "app/cli/clirunner.h"
#include "app/cli/commands.h"
#include "app/icons/icons.h"
#include "app/settings/appearance.h"
#include "app/shell/applicationshell.h"
#include "app/shell/signalsaver.h"
#include "core/i18n/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("myfyrio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYFYRIO_VERSION));
}

void installInterfaceLanguage()
{
    const QString saved = myfyrio::Translations::savedLanguage();
    myfyrio::Translations::install(saved.isEmpty() ? myfyrio::Translations::systemLanguage() : saved);
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    describeApplication();
    if (myfyrio::cli::CliRunner::wantsCommandLine(arguments) && myfyrio::cli::commandPaints(arguments)) {
        // A PDF needs a QGuiApplication, but no display: the offscreen platform
        // draws text (the "minimal" one does not).
        if (qgetenv("QT_QPA_PLATFORM") != "offscreen")
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installInterfaceLanguage();
        return myfyrio::cli::CliRunner::runWithStandardStreams(arguments);
    }
    if (myfyrio::cli::CliRunner::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        installInterfaceLanguage();
        return myfyrio::cli::CliRunner::runWithStandardStreams(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Myfyrio"));
    QApplication::setDesktopFileName(QStringLiteral("cymru.myfyrio.Myfyrio"));
    QApplication::setWindowIcon(myfyrio::Icons::application());
    myfyrio::Appearance::apply(myfyrio::Appearance::saved());
    const myfyrio::SignalSaver saveOnSignal; // SIGTERM, SIGINT, SIGHUP: save what is open, then quit
    return myfyrio::ApplicationShell::run(myfyrio::cli::CliRunner::databaseArgument(arguments),
                                          myfyrio::cli::CliRunner::agreementFileArgument(arguments));
}
