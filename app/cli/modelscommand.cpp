#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/i18n/translations.h"
#include "core/models/modelcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ModelsCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ModelsCommand)
};

QJsonObject modelJson(const ReflectiveModel& model)
{
    QJsonArray prompts;
    for (const ModelPrompt& prompt : model.prompts)
        prompts.append(QJsonObject{{QStringLiteral("code"), prompt.code},
                                   {QStringLiteral("title"), prompt.title.toJson()},
                                   {QStringLiteral("guidance"), prompt.guidance.toJson()}});
    return {{QStringLiteral("code"), model.code},
            {QStringLiteral("builtIn"), model.builtIn},
            {QStringLiteral("name"), model.name.toJson()},
            {QStringLiteral("description"), model.description.toJson()},
            {QStringLiteral("prompts"), prompts}};
}

} // namespace

int runModels(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ModelsCommand::tr("List the reflective models: the built-in ones and your own."));
    const QCommandLineOption json(QStringLiteral("json"), ModelsCommand::tr("Print JSON instead of text."));
    parser.addOption(json);
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(ModelsCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    QVector<ReflectiveModel> models = ModelCatalog::builtIns();
    if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
        auto all = ModelCatalog(*journal).all();
        if (!all)
            return cli.fail(all.error());
        models = std::move(all).value();
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ReflectiveModel& model : models)
            array.append(modelJson(model));
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString language = Translations::current();
    for (const ReflectiveModel& model : models) {
        const QString name = model.name.in(language);
        cli.out() << model.code
                  << QStringLiteral("  ")
                  //: %1 is a name.
                  << (model.builtIn ? name : ModelsCommand::tr("%1 (your own)").arg(name)) << Qt::endl;
        for (const ModelPrompt& prompt : model.prompts)
            cli.out() << QStringLiteral("    ") << prompt.code << QStringLiteral("  ") << prompt.title.in(language)
                      << Qt::endl;
    }
    return Success;
}

} // namespace myfyrio::cli
