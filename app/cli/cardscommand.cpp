#include "app/cli/cardsummarycommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/subcommands.h"
#include "core/journal/reflectionstore.h"
#include "core/learning/carddraft.h"
#include "core/learning/cardformat.h"
#include "core/learning/cardsharing.h"
#include "core/learning/sharedcardstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class CardsCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::CardsCommand)
};

bool checkFolder(CliContext& cli, const QString& folder, int& exitCode)
{
    if (folder.isEmpty()) {
        exitCode = cli.fail(CardsCommand::tr("Say which card folder to use with --output DIR."));
        return false;
    }
    if (!QFileInfo(folder).isDir()) {
        //: %1 is the path of a folder.
        exitCode = cli.fail(CardsCommand::tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return true;
}

int cardsExport(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CardsCommand::tr(
        "Share reflections as learning cards in a card folder. A card holds the title, the lesson (your answer to "
        "a prompt such as “What are we learning?”), the enabling question, the failure placement, the system "
        "scale, the tags, the month and the language: never the body or the day. A card in which the "
        "confidentiality guard finds names or identifiers is not written unless you give --redact."));
    const QCommandLineOption id(QStringLiteral("id"), CardsCommand::tr("A reflection to share (repeat for more)."),
                                QStringLiteral("ID"));
    const QCommandLineOption output(QStringLiteral("output"), CardsCommand::tr("The card folder to write to."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    CardsCommand::tr("An author label for the cards: initials, a team name, or "
                                                     "nothing (the default)."),
                                    CardsCommand::tr("TEXT"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    CardsCommand::tr("Replace what the confidentiality guard finds with "
                                                     "placeholders such as [name]."));
    parser.addOptions({id, output, author, redact});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what was typed.
        return cli.fail(CardsCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    QStringList ids = parser.values(id);
    ids.removeDuplicates();
    if (ids.isEmpty())
        return cli.fail(CardsCommand::tr("Say which reflections to share with --id ID."));
    const QString folder = parser.value(output);
    if (!checkFolder(cli, folder, exitCode))
        return exitCode;
    //: %1 is a reflection's id.
    const QString missing = CardsCommand::tr("There is no reflection with the id “%1”.");
    if (cli.journalMissing())
        return cli.fail(missing.arg(ids.constFirst()));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;

    // Every card is made and checked before the first is written.
    const ProtectedNames names = ProtectedNames::load();
    const CardFindingsChoice choice = parser.isSet(redact) ? CardFindingsChoice::Redact : CardFindingsChoice::Refuse;
    QVector<CardShareRequest> requests;
    const ReflectionStore store(*journal);
    for (const QString& reflectionId : std::as_const(ids)) {
        auto found = store.find(reflectionId);
        if (!found)
            return cli.fail(found.error());
        if (!*found)
            return cli.fail(missing.arg(reflectionId));
        CardShareRequest request{CardDraft::fromReflection(**found), **found, folder, names, choice};
        request.card.author = parser.value(author).simplified();
        if (request.card.lesson.isEmpty())
            //: %1 is the title of a reflection.
            return cli.fail(CardsCommand::tr("“%1” has no lesson to share. Answer “What are we learning?” (or "
                                             "another prompt that asks what you learned), or make its card in "
                                             "the app, where you write the lesson in the card.")
                                .arg(found->value().title));
        const CardFindings findings = CardCheck::scan(request.card, request.source, names);
        if (!findings.isEmpty() && choice == CardFindingsChoice::Refuse)
            return cli.fail(CardSharing::findingsMessage(findings) + QLatin1Char('\n')
                            + CardsCommand::tr("Nothing was written. Edit the reflection's answers, give --redact "
                                               "to replace them with placeholders, or make the card in the app."));
        if (const QString problem = CardFormat::validate(request.card); !problem.isEmpty())
            //: %1 is the title of a reflection, %2 what is wrong with its card.
            return cli.fail(
                CardsCommand::tr("The card of “%1” cannot be written: %2").arg(found->value().title, problem));
        requests.append(request);
    }
    for (const CardShareRequest& request : std::as_const(requests)) {
        auto shared = CardSharing::share(*journal, request);
        if (!shared)
            return cli.fail(shared.error());
        cli.out() << shared->id << QStringLiteral("  ")
                  << QDir::toNativeSeparators(QDir(folder).filePath(CardFormat::fileName(shared->id))) << Qt::endl;
    }
    return Success;
}

int cardsWithdraw(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CardsCommand::tr(
        "Withdraw a learning card this journal shared: its file in the folder is replaced by a withdrawal record, "
        "so that every copy of the folder leaves the card out."));
    parser.addPositionalArgument(QStringLiteral("card-id"),
                                 CardsCommand::tr("The card's id (or its first characters)."));
    const QCommandLineOption output(QStringLiteral("output"), CardsCommand::tr("The card folder the card is in."),
                                    QStringLiteral("DIR"));
    parser.addOption(output);
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli.fail(CardsCommand::tr("Say which card to withdraw: myfyrio cards withdraw CARD_ID --output DIR"));
    if (positional.size() > 1)
        //: %1 is what was typed.
        return cli.fail(CardsCommand::tr("Unexpected argument “%1”.").arg(positional.at(1)));
    if (!checkFolder(cli, parser.value(output), exitCode))
        return exitCode;
    if (cli.journalMissing())
        //: %1 is a card's id.
        return cli.fail(CardsCommand::tr("This journal did not share a card with the id “%1”.").arg(positional.at(0)));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    auto cardId = SharedCardStore(*journal).resolveId(positional.at(0));
    if (!cardId)
        return cli.fail(cardId.error());
    if (auto withdrawn = CardSharing::withdraw(*journal, *cardId, parser.value(output)); !withdrawn)
        return cli.fail(withdrawn.error());
    //: %1 is a card's id.
    cli.out() << CardsCommand::tr("The card %1 is withdrawn.").arg(*cardId) << Qt::endl;
    return Success;
}

} // namespace

int runCards(CliContext& cli, const QStringList& arguments)
{
    const QString usage = CardsCommand::tr("Usage: myfyrio cards export|withdraw|summary [OPTIONS]. "
                                           "Run “myfyrio cards SUBCOMMAND --help” for the options.");
    //: %1 is what was typed.
    const QString unknown = CardsCommand::tr("“%1” is not a cards subcommand.");
    return runSubcommand(cli, arguments,
                         {{"export", &cardsExport}, {"withdraw", &cardsWithdraw}, {"summary", &runCardsSummary}}, usage,
                         unknown);
}

} // namespace myfyrio::cli
