// Creates the Qt application object the tests need before the first test runs,
// in a fixed, isolated environment: the offscreen platform, British English
// formats, and settings and data folders inside a temporary folder.

// Catch2 2.x only declares its listener base classes with this set.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "tests/support/catch.h"

#if defined(MYFYRIO_CATCH3)
#include <catch2/reporters/catch_reporter_event_listener.hpp>
#include <catch2/reporters/catch_reporter_registrars.hpp>
#endif

#ifdef MYFYRIO_TEST_WIDGETS
#include "app/dialogs/dialogrunner.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

#if defined(MYFYRIO_CATCH3)
using ListenerBase = Catch::EventListenerBase;
#else
using ListenerBase = Catch::TestEventListenerBase;
#endif

class QtListener : public ListenerBase
{
public:
    using ListenerBase::ListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override
    {
        ListenerBase::testRunStarting(info);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", (m_home->path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home->path() + QStringLiteral("/data")).toLocal8Bit());
        qputenv("LANG", "en_GB.UTF-8");
        qputenv("LC_ALL", "en_GB.UTF-8");
        static int argc = 1;
        static char name[] = "myfyrio-tests";
        static char* argv[] = {name, nullptr};
        m_app = std::make_unique<TestApplication>(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("myfyrio-tests"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        ListenerBase::testCaseStarting(info);
#ifdef MYFYRIO_TEST_WIDGETS
        // Answers queued for dialogs belong to the test that queued them.
        myfyrio::MessageBox::reset();
        myfyrio::FileDialog::reset();
        myfyrio::DialogRunner::reset();
#endif
    }

    void testRunEnded(const Catch::TestRunStats& stats) override
    {
        m_app.reset();
        m_home.reset();
        ListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestApplication> m_app;
};

} // namespace

CATCH_REGISTER_LISTENER(QtListener)
