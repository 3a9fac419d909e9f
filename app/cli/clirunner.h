#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace myfyrio::cli {

/// The command line: `myfyrio [--database PATH] COMMAND [OPTIONS]`.
///
/// Runs without a window. Messages follow the saved interface language.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::CliRunner)

public:
    /// True when the arguments ask for a command, help or the version rather than the window.
    static bool wantsCommandLine(const QStringList& arguments);

    /// The journal named with --database, or empty for the default one.
    static QString databaseArgument(const QStringList& arguments);
    /// The agreement file to import when Myfyrio is started with one file
    /// ending in .myfyrio-agreement (a double-click in the file manager); empty otherwise.
    static QString agreementFileArgument(const QStringList& arguments);

    /// Runs the command line; arguments include the program name first.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err, QTextStream& in,
                   bool inputIsTerminal = false);

    /// Runs with the process's standard streams.
    static int runWithStandardStreams(const QStringList& arguments);
};

} // namespace myfyrio::cli
