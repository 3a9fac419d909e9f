#include "tests/cli/clirun.h"

#include "app/cli/clirunner.h"
#include "tests/support/catch.h"

#include <QTextStream>

namespace myfyrio::test {

CliRun runCli(const QString& database, const QStringList& arguments, const QString& input)
{
    CliRun result;
    QString inputText = input;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QTextStream in(&inputText);
    const QStringList all = QStringList{QStringLiteral("myfyrio"), QStringLiteral("--database"), database} + arguments;
    result.code = cli::CliRunner::run(all, out, err, in);
    return result;
}

QJsonDocument runJson(const QString& database, const QStringList& arguments)
{
    const CliRun run = runCli(database, arguments + QStringList{QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

} // namespace myfyrio::test
