#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace myfyrio::cli {

class CliContext;

/// One subcommand of a command that has them ("backup create", "cards export", …).
struct Subcommand {
    const char* name;
    int (*run)(CliContext& context, const QStringList& arguments);
};

/// Runs the subcommand that arguments.at(1) names, with the arguments after it
/// (its first one "myfyrio backup create", so that its help names it). Without
/// a name it fails with usage; with --help or -h it prints usage. An unknown
/// name is refused with the sentence unknown (%1 the name) and usage, as a
/// usage error. The command translates both sentences in its own context.
int runSubcommand(CliContext& cli, const QStringList& arguments, std::initializer_list<Subcommand> subcommands,
                  const QString& usage, const QString& unknown);

} // namespace myfyrio::cli
