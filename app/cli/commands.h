#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace myfyrio::cli {

class CliContext;

/// One subcommand of the command line ("add", "list", …).
struct Command {
    QString name;
    QString (*summary)(); ///< one translated line for the general help
    int (*run)(CliContext& context, const QStringList& arguments);
};

/// Every subcommand, in the order the help lists them.
const std::vector<Command>& commands();

int runAdd(CliContext& context, const QStringList& arguments);
int runList(CliContext& context, const QStringList& arguments);
int runSearch(CliContext& context, const QStringList& arguments);
int runModels(CliContext& context, const QStringList& arguments);
int runActions(CliContext& context, const QStringList& arguments);
int runInsight(CliContext& context, const QStringList& arguments);
int runAgreement(CliContext& context, const QStringList& arguments);
int runExport(CliContext& context, const QStringList& arguments);
int runImport(CliContext& context, const QStringList& arguments);
int runCpd(CliContext& context, const QStringList& arguments);
int runAttach(CliContext& context, const QStringList& arguments);
int runAttachments(CliContext& context, const QStringList& arguments);
int runBackup(CliContext& context, const QStringList& arguments);
int runDelete(CliContext& context, const QStringList& arguments);
int runTrash(CliContext& context, const QStringList& arguments);
/// `import rednotebook|dayone|jrnl|markdown …` (app/cli/importsourcecommand.cpp).
bool isImportSource(const QString& name);
int runImportSource(CliContext& context, const QStringList& arguments);
int runCards(CliContext& context, const QStringList& arguments);

/// True for commands that paint (export pdf): they need a QGuiApplication.
bool commandPaints(const QStringList& arguments);

} // namespace myfyrio::cli
