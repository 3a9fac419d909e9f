#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/trashkeeper.h"
#include "core/journal/trashstore.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace myfyrio::cli {

namespace {

/// The translation context of the commands' messages.
class TrashCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::TrashCommand)
};

QString shownTitle(const QString& title)
{
    return title.isEmpty() ? TrashCommand::tr("Untitled reflection") : title;
}

QJsonObject itemJson(const TrashItem& item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("reflectionId"), item.reflectionId},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("date"), item.date.isValid() ? QJsonValue(timestamps::toStorage(item.date)) : QJsonValue()},
            {QStringLiteral("deleted"), timestamps::toStorage(item.deleted)}};
}

int listTrash(CliContext& cli, bool asJson)
{
    QVector<TrashItem> items;
    if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
        auto listed = TrashStore(*journal).list();
        if (!listed)
            return cli.fail(listed.error());
        items = std::move(listed).value();
    }
    if (asJson) {
        QJsonArray array;
        for (const TrashItem& item : std::as_const(items))
            array.append(itemJson(item));
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (items.isEmpty()) {
        cli.out() << TrashCommand::tr("The trash is empty.") << Qt::endl;
        return Success;
    }
    for (const TrashItem& item : std::as_const(items)) {
        const QString date =
            item.date.isValid() ? timestamps::toStorage(item.date) : TrashCommand::tr("(not a valid date)");
        //: One line of "trash list": %1 when it was deleted, %2 the reflection's date, %3 its title, %4 the id.
        cli.out() << TrashCommand::tr("deleted %1  %2  %3  %4")
                         .arg(QLocale().toString(item.deleted.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), date,
                              shownTitle(item.title), item.reflectionId)
                  << Qt::endl;
    }
    return Success;
}

int restoreFromTrash(CliContext& cli, const QString& id)
{
    if (cli.journalMissing())
        //: %1 is the id the person gave.
        return cli.fail(TrashCommand::tr("Nothing in the trash has the id “%1”.").arg(id));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto found = TrashStore(*journal).find(id);
    if (!found)
        return cli.fail(found.error());
    if (!found->has_value())
        //: %1 is the id the person gave.
        return cli.fail(TrashCommand::tr("Nothing in the trash has the id “%1”.").arg(id));
    auto restored = ReflectionStore(*journal).restoreFromTrash((*found)->id);
    if (!restored)
        return cli.fail(restored.error());
    //: %1 is the reflection's title, %2 its id.
    cli.out() << TrashCommand::tr("“%1” is back in the journal (%2).").arg(shownTitle(restored->title), restored->id)
              << Qt::endl;
    return Success;
}

int emptyTrash(CliContext& cli)
{
    if (cli.journalMissing()) {
        cli.out() << TrashCommand::tr("The trash is empty.") << Qt::endl;
        return Success;
    }
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    QString backup;
    auto emptied = TrashKeeper::emptyAfterBackup(*journal, &backup);
    if (!emptied)
        return cli.fail(
            //: %1 is the reason, a whole sentence.
            TrashCommand::tr("The trash was not emptied, and nothing in it was deleted. %1").arg(emptied.error()));
    if (emptied.value() == 0) {
        cli.out() << TrashCommand::tr("The trash is empty.") << Qt::endl;
        return Success;
    }
    //: %n is how many reflections were deleted for good.
    cli.out() << TrashCommand::tr("Reflections deleted for good: %n.", nullptr, emptied.value()) << Qt::endl;
    //: %1 is the path of the backup file.
    cli.out() << TrashCommand::tr("A backup of the journal was made first: %1").arg(QDir::toNativeSeparators(backup))
              << Qt::endl;
    return Success;
}

} // namespace

int runTrash(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        //: %n is how many days the trash keeps what was deleted.
        TrashCommand::tr("See and restore the reflections you deleted, or empty the trash. Items older than %n "
                         "day(s) are deleted for good by the app, after a backup.",
                         nullptr, TrashStore::keepDays));
    const QCommandLineOption json(QStringLiteral("json"), TrashCommand::tr("Print JSON instead of text (list)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("list|restore|empty"), TrashCommand::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("ID"), TrashCommand::tr("The reflection to restore."),
                                 QStringLiteral("[ID]"));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return listTrash(cli, parser.isSet(json));
    if (action == QLatin1String("restore") && args.size() == 2 && !parser.isSet(json))
        return restoreFromTrash(cli, args.at(1).trimmed());
    if (action == QLatin1String("empty") && args.size() == 1 && !parser.isSet(json))
        return emptyTrash(cli);
    cli.err() << QStringLiteral("myfyrio: ")
              << TrashCommand::tr("Use: myfyrio trash list [--json] | trash restore ID | trash empty") << Qt::endl;
    return UsageError;
}

int runDelete(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TrashCommand::tr("Move a reflection to the trash. “myfyrio trash restore ID” puts it back."));
    parser.addPositionalArgument(QStringLiteral("ID"), TrashCommand::tr("The id of the reflection (see “list”)."));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        cli.err() << QStringLiteral("myfyrio: ") << TrashCommand::tr("Use: myfyrio delete ID") << Qt::endl;
        return UsageError;
    }
    const QString id = args.constFirst().trimmed();
    if (cli.journalMissing())
        //: %1 is the id the person gave.
        return cli.fail(TrashCommand::tr("No reflection has the id “%1”.").arg(id));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    const ReflectionStore store(*journal);
    auto found = store.find(id);
    if (!found)
        return cli.fail(found.error());
    if (!found->has_value())
        //: %1 is the id the person gave.
        return cli.fail(TrashCommand::tr("No reflection has the id “%1”.").arg(id));
    auto trashed = store.moveToTrash(id);
    if (!trashed)
        return cli.fail(trashed.error());
    //: %1 is the reflection's title, %2 its id.
    cli.out() << TrashCommand::tr("“%1” was moved to the trash. To put it back: myfyrio trash restore %2")
                     .arg(shownTitle((*found)->title), id)
              << Qt::endl;
    return Success;
}

} // namespace myfyrio::cli
