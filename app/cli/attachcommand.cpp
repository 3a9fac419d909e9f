// myfyrio attach ID FILE and myfyrio attachments ID: evidence files kept with a reflection.

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/attachments/attachmentstore.h"
#include "core/journal/reflectionstore.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace myfyrio::cli {

namespace {

/// The translation context of the commands' messages.
class AttachCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::AttachCommand)
};

/// The full id of the reflection an id (or the unique start of one) names, or a failure.
Expected<QString> reflectionId(const Database& journal, const QString& given)
{
    const ReflectionStore store(journal);
    auto exact = store.find(given);
    if (!exact)
        return exact.failure();
    if (exact->has_value())
        return given;
    auto all = store.list();
    if (!all)
        return all.failure();
    QStringList matches;
    for (const ReflectionSummary& summary : *all) {
        if (given.size() >= 4 && summary.id.startsWith(given))
            matches << summary.id;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1)
        //: %1 is what the person typed.
        return Failure{AttachCommand::tr("More than one reflection has an id that starts with “%1”.").arg(given)};
    //: %1 is what the person typed.
    return Failure{AttachCommand::tr("There is no reflection with the id “%1”.").arg(given)};
}

} // namespace

int runAttach(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AttachCommand::tr(
        "Keep a file (a certificate, a photo, a PDF) with a reflection, inside the journal. At most 25 MB a file."));
    parser.addPositionalArgument(QStringLiteral("ID"), AttachCommand::tr("The reflection."));
    parser.addPositionalArgument(QStringLiteral("FILE"), AttachCommand::tr("The file to attach."));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return cli.fail(AttachCommand::tr("Say which reflection and which file: myfyrio attach ID FILE"));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto id = reflectionId(*journal, positional.at(0));
    if (!id)
        return cli.fail(id.error());
    auto added = AttachmentStore(*journal).addFile(*id, positional.at(1));
    if (!added)
        return cli.fail(added.error());
    cli.out() << added->id << Qt::endl;
    return Success;
}

int runAttachments(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AttachCommand::tr("List the files kept with a reflection."));
    const QCommandLineOption json(QStringLiteral("json"), AttachCommand::tr("Print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), AttachCommand::tr("The reflection."));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli.fail(AttachCommand::tr("Say which reflection: myfyrio attachments ID"));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto id = reflectionId(*journal, positional.at(0));
    if (!id)
        return cli.fail(id.error());
    auto listed = AttachmentStore(*journal).list(*id);
    if (!listed)
        return cli.fail(listed.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Attachment& a : *listed)
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("fileName"), a.fileName},
                                     {QStringLiteral("mediaType"), a.mediaType},
                                     {QStringLiteral("size"), a.size},
                                     {QStringLiteral("sha256"), a.sha256},
                                     {QStringLiteral("created"), timestamps::toStorage(a.created)}});
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (listed->isEmpty()) {
        cli.out() << AttachCommand::tr("This reflection has no attachments.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    for (const Attachment& a : *listed)
        cli.out() << a.fileName << QStringLiteral("  ")
                  << locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat) << QStringLiteral("  ")
                  << a.mediaType << QStringLiteral("  ") << a.id << Qt::endl;
    return Success;
}

} // namespace myfyrio::cli
