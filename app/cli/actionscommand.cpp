#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/journal/actionstore.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ActionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ActionsCommand)
};

QString statusCode(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Overdue:
        return QStringLiteral("overdue");
    case ActionStatus::DueSoon:
        return QStringLiteral("due_soon");
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString statusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Overdue:
        return ActionsCommand::tr("Overdue");
    case ActionStatus::DueSoon:
        return ActionsCommand::tr("Due soon");
    case ActionStatus::Open:
        return ActionsCommand::tr("Open");
    case ActionStatus::Done:
        return ActionsCommand::tr("Done");
    }
    return {};
}

QJsonObject itemJson(const ActionItem& item)
{
    const Action& action = item.action;
    return {
        {QStringLiteral("id"), action.id},
        {QStringLiteral("text"), action.text},
        {QStringLiteral("due"), action.due.isValid() ? QJsonValue(timestamps::toStorage(action.due)) : QJsonValue()},
        {QStringLiteral("done"), action.done},
        {QStringLiteral("status"), statusCode(item.status)},
        {QStringLiteral("reflectionId"), item.reflectionId},
        {QStringLiteral("reflectionTitle"), item.reflectionTitle},
        {QStringLiteral("reflectionDate"), timestamps::toStorage(item.reflectionDate)}};
}

} // namespace

int runActions(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ActionsCommand::tr("List the actions of every reflection that are not done yet, overdue first."));
    const QCommandLineOption json(QStringLiteral("json"), ActionsCommand::tr("Print JSON instead of text."));
    const QCommandLineOption all(QStringLiteral("all"), ActionsCommand::tr("Include the actions that are done."));
    parser.addOptions({json, all});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(ActionsCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    QVector<ActionItem> items;
    if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
        auto listed = ActionStore(*journal).list(QDate::currentDate(), parser.isSet(all));
        if (!listed)
            return cli.fail(listed.error());
        items = std::move(listed).value();
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ActionItem& item : items)
            array.append(itemJson(item));
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (items.isEmpty()) {
        cli.out() << ActionsCommand::tr("There are no open actions.") << Qt::endl;
        return Success;
    }
    for (const ActionItem& item : items) {
        const QString due =
            item.action.due.isValid() ? timestamps::toStorage(item.action.due) : QStringLiteral("----------");
        cli.out() << due << QStringLiteral("  ") << statusLabel(item.status) << QStringLiteral("  ") << item.action.text
                  << QStringLiteral("  (") << item.reflectionTitle << QStringLiteral(", ") << item.reflectionId
                  << QStringLiteral(")") << Qt::endl;
    }
    return Success;
}

} // namespace myfyrio::cli
