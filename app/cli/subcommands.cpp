#include "app/cli/subcommands.h"

#include "app/cli/clicontext.h"

namespace myfyrio::cli {

int runSubcommand(CliContext& cli, const QStringList& arguments, std::initializer_list<Subcommand> subcommands,
                  const QString& usage, const QString& unknown)
{
    if (arguments.size() < 2)
        return cli.fail(usage);
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        cli.out() << usage << Qt::endl;
        return Success;
    }
    for (const Subcommand& subcommand : subcommands) {
        if (name == QLatin1String(subcommand.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.constFirst() + QLatin1Char(' ') + name);
            return subcommand.run(cli, rest);
        }
    }
    cli.err() << QStringLiteral("myfyrio: ") << unknown.arg(name) << Qt::endl;
    cli.err() << usage << Qt::endl;
    return UsageError;
}

} // namespace myfyrio::cli
