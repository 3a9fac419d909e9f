#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace myfyrio::test {

/// What one run of the command line printed and returned.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs `myfyrio --database DATABASE ARGUMENTS…` in this process, with INPUT on standard input.
CliRun runCli(const QString& database, const QStringList& arguments, const QString& input = {});

/// Runs a command with --json appended, requires it to succeed, and returns what it printed.
QJsonDocument runJson(const QString& database, const QStringList& arguments);

} // namespace myfyrio::test
