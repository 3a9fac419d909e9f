#include "app/cli/clirunner.h"

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace myfyrio::cli {

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                              CliRunner::tr("Use the journal at PATH instead of the default one."),
                              CliRunner::tr("PATH"));
}

const Command* findCommand(const QString& name)
{
    const auto& all = commands();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&name](const Command& c) { return c.name == name; });
    return it == all.cend() ? nullptr : &*it;
}

/// The general parser: global options, then a command and its own arguments.
struct GlobalParser {
    QCommandLineParser parser;
    QCommandLineOption database = databaseOption();
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}, CliRunner::tr("Show this help.")};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               CliRunner::tr("Show the version of Myfyrio.")};

    GlobalParser()
    {
        parser.setApplicationDescription(
            CliRunner::tr("Myfyrio, a reflective-practice journal. Without a command it opens the journal "
                          "in a window."));
        parser.addOptions({database, help, version});
        parser.addPositionalArgument(CliRunner::tr("command"), CliRunner::tr("The command to run (see below)."),
                                     CliRunner::tr("[command]"));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    }

    QString helpText() const
    {
        QString text = parser.helpText();
        if (const QString program = QCoreApplication::arguments().value(0); !program.isEmpty())
            text.replace(program, QStringLiteral("myfyrio"));
        text += QLatin1Char('\n') + CliRunner::tr("Commands:") + QLatin1Char('\n');
        for (const Command& command : commands())
            text += QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(command.summary());
        text += QLatin1Char('\n') + CliRunner::tr("Run “myfyrio COMMAND --help” to see the options of a command.")
                + QLatin1Char('\n');
        return text;
    }
};

} // namespace

bool CliRunner::wantsCommandLine(const QStringList& arguments)
{
    GlobalParser global;
    if (!global.parser.parse(arguments))
        return true; // so that the mistake is reported on the terminal
    return global.parser.isSet(global.help) || global.parser.isSet(global.version)
           || (!global.parser.positionalArguments().isEmpty() && agreementFileArgument(arguments).isEmpty());
}

QString CliRunner::agreementFileArgument(const QStringList& arguments)
{
    GlobalParser global;
    if (!global.parser.parse(arguments))
        return {};
    const QStringList positional = global.parser.positionalArguments();
    if (positional.size() != 1
        || !positional.first().endsWith(QStringLiteral(".myfyrio-agreement"), Qt::CaseInsensitive))
        return {};
    // The desktop passes a path (Exec=myfyrio %f); a file: URL is accepted too.
    const QUrl url(positional.first());
    return url.isLocalFile() ? url.toLocalFile() : positional.first();
}

QString CliRunner::databaseArgument(const QStringList& arguments)
{
    GlobalParser global;
    global.parser.parse(arguments);
    return global.parser.value(global.database);
}

int CliRunner::run(const QStringList& arguments, QTextStream& out, QTextStream& err, QTextStream& in,
                   bool inputIsTerminal)
{
    GlobalParser global;
    if (!global.parser.parse(arguments)) {
        err << QStringLiteral("myfyrio: ") << global.parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (global.parser.isSet(global.version)) {
        out << QStringLiteral("myfyrio %1").arg(QStringLiteral(MYFYRIO_VERSION)) << Qt::endl;
        return Success;
    }
    const QStringList positional = global.parser.positionalArguments();
    if (global.parser.isSet(global.help) || positional.isEmpty()) {
        out << global.helpText();
        out.flush();
        return Success;
    }

    const QString name = positional.constFirst();
    const Command* command = findCommand(name);
    if (!command) {
        err << QStringLiteral("myfyrio: ")
            //: %1 is what the person typed.
            << tr("“%1” is not a command. Run “myfyrio --help” to see the commands.").arg(name) << Qt::endl;
        return UsageError;
    }

    QString database = global.parser.value(global.database);
    if (database.isEmpty())
        database = Database::defaultPath();
    CliContext context(out, err, in, database);
    context.setInputIsTerminal(inputIsTerminal);
    // The command's own parser sees "myfyrio COMMAND ARGS…".
    QStringList commandArguments = positional;
    commandArguments[0] = QStringLiteral("myfyrio ") + name;
    const int code = command->run(context, commandArguments);
    out.flush();
    err.flush();
    return code;
}

int CliRunner::runWithStandardStreams(const QStringList& arguments)
{
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(&input);
    return run(arguments, out, err, in, ::isatty(STDIN_FILENO) != 0);
}

} // namespace myfyrio::cli
