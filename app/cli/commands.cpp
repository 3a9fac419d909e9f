#include "app/cli/commands.h"

#include <QCoreApplication>

namespace myfyrio::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {QStringLiteral("add"),
         [] { return QCoreApplication::translate("myfyrio::cli", "Add a reflection to the journal."); }, &runAdd},
        {QStringLiteral("list"),
         [] { return QCoreApplication::translate("myfyrio::cli", "List the reflections, newest first."); }, &runList},
        {QStringLiteral("delete"),
         [] { return QCoreApplication::translate("myfyrio::cli", "Move a reflection to the trash."); }, &runDelete},
        {QStringLiteral("trash"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "List the trash, restore a reflection from it, or empty it.");
         },
         &runTrash},
        {QStringLiteral("search"),
         [] { return QCoreApplication::translate("myfyrio::cli", "Search the reflections for words."); }, &runSearch},
        {QStringLiteral("models"),
         [] { return QCoreApplication::translate("myfyrio::cli", "List the reflective models and their prompts."); },
         &runModels},
        {QStringLiteral("actions"),
         [] { return QCoreApplication::translate("myfyrio::cli", "List the actions that are not done yet."); },
         &runActions},
        {QStringLiteral("insight"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "Show where placed events fall on the failure spectrum.");
         },
         &runInsight},
        {QStringLiteral("cpd"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "Show this CPD cycle's hours against your regulator's requirement.");
         },
         &runCpd},
        {QStringLiteral("attach"),
         [] {
             return QCoreApplication::translate("myfyrio::cli", "Keep a file with a reflection, inside the journal.");
         },
         &runAttach},
        {QStringLiteral("attachments"),
         [] { return QCoreApplication::translate("myfyrio::cli", "List the files kept with a reflection."); },
         &runAttachments},
        {QStringLiteral("agreement"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "Create, sign, list, export and import supervision agreements.");
         },
         &runAgreement},
        {QStringLiteral("export"),
         [] {
             return QCoreApplication::translate("myfyrio::cli", "Write a PDF report, a JSON backup or Markdown files.");
         },
         &runExport},
        {QStringLiteral("import"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "Restore or merge a JSON backup, or bring in the "
                                                "entries of RedNotebook, Day One, jrnl or Markdown notes.");
         },
         &runImport},
        {QStringLiteral("backup"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "Make, list, check and restore the journal's automatic backups.");
         },
         &runBackup},
        {QStringLiteral("cards"),
         [] {
             return QCoreApplication::translate("myfyrio::cli",
                                                "Share learning cards, withdraw them, and sum up a card folder.");
         },
         &runCards},
    };
    return all;
}

} // namespace myfyrio::cli
