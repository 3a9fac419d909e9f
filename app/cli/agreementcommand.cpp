#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/guardoptions.h"
#include "app/cli/subcommands.h"
#include "core/supervision/agreementexchange.h"
#include "core/supervision/agreementfile.h"
#include "core/supervision/agreementsharedtext.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/versiondiff.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class AgreementCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::AgreementCommand)
};

/// Checks that exactly one positional argument (an id or file) was given.
bool onePositional(CliContext& cli, const QCommandLineParser& parser, const QString& missing, QString& value,
                   int& exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        exitCode = cli.fail(missing);
        return false;
    }
    if (positional.size() > 1) {
        //: %1 is what the person typed.
        exitCode = cli.fail(AgreementCommand::tr("Unexpected argument “%1”.").arg(positional.at(1)));
        return false;
    }
    value = positional.constFirst();
    return true;
}

int agreementNew(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AgreementCommand::tr("Start a supervision agreement as a draft and print its id."));
    const QCommandLineOption supervisor(QStringLiteral("supervisor"),
                                        AgreementCommand::tr("The supervisor's full name."),
                                        AgreementCommand::tr("NAME"));
    const QCommandLineOption supervisee(QStringLiteral("supervisee"),
                                        AgreementCommand::tr("The supervisee's full name."),
                                        AgreementCommand::tr("NAME"));
    const QCommandLineOption review(QStringLiteral("review-date"),
                                    AgreementCommand::tr("When the agreement will be reviewed (YYYY-MM-DD)."),
                                    AgreementCommand::tr("DATE"));
    const QCommandLineOption start(QStringLiteral("start-date"),
                                   AgreementCommand::tr("When the agreement starts (YYYY-MM-DD; today if left out)."),
                                   AgreementCommand::tr("DATE"));
    const QCommandLineOption frequency(QStringLiteral("frequency-weeks"),
                                       AgreementCommand::tr("How many weeks apart sessions are."), QStringLiteral("N"));
    const QCommandLineOption owner(
        QStringLiteral("owner"),
        AgreementCommand::tr("Which party keeps this journal: supervisor or supervisee (the default)."),
        QStringLiteral("supervisor|supervisee"));
    parser.addOptions({supervisor, supervisee, start, review, frequency, owner});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(
            //: %1 is what the person typed.
            AgreementCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    AgreementContent content;
    content.supervisorName = parser.value(supervisor).simplified();
    content.superviseeName = parser.value(supervisee).simplified();
    if (content.supervisorName.isEmpty())
        return cli.fail(AgreementCommand::tr("Give the supervisor's name with --supervisor."));
    if (content.superviseeName.isEmpty())
        return cli.fail(AgreementCommand::tr("Give the supervisee's name with --supervisee."));
    content.startDate = QDate::currentDate();
    for (const auto& [option, target] :
         {std::pair{&start, &content.startDate}, std::pair{&review, &content.reviewDate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = timestamps::parseIsoDate(parser.value(*option));
        if (!target->isValid())
            return cli.failInvalidDate(parser.value(*option));
    }
    if (parser.isSet(frequency)) {
        bool ok = false;
        content.frequencyWeeks = parser.value(frequency).toInt(&ok);
        if (!ok || content.frequencyWeeks < 1 || content.frequencyWeeks > 52)
            return cli.fail(
                //: %1 is what the person typed.
                AgreementCommand::tr("“%1” is not a number of weeks between 1 and 52.").arg(parser.value(frequency)));
    }
    const QString ownerRole =
        parser.isSet(owner) ? parser.value(owner).trimmed().toLower() : SectionCatalog::supervisee();
    if (!SectionCatalog::isParty(ownerRole))
        return cli.fail(
            //: %1 is what the person typed.
            AgreementCommand::tr("“%1” is not a party: use supervisor or supervisee.").arg(parser.value(owner)));
    if (const QString problem = content.validate(); !problem.isEmpty())
        return cli.fail(problem);

    auto journal = cli.openJournal(Database::OpenMode::CreateIfMissing);
    if (!journal)
        return Error;
    auto created = AgreementStore(*journal).create(content, ownerRole);
    if (!created)
        return cli.fail(created.error());
    cli.out() << created->id << Qt::endl;
    return Success;
}

int agreementSign(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AgreementCommand::tr("Sign the agreement's draft as one party. When both have signed, the version "
                             "is frozen and its fingerprint is printed."));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 AgreementCommand::tr("The agreement's id (or its first characters)."));
    const QCommandLineOption as(QStringLiteral("as"), AgreementCommand::tr("Sign as the supervisor or the supervisee."),
                                QStringLiteral("supervisor|supervisee"));
    const QCommandLineOption name(QStringLiteral("name"), AgreementCommand::tr("Your full name, as in the agreement."),
                                  AgreementCommand::tr("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  AgreementCommand::tr("The day of signing (YYYY-MM-DD; today if left out)."),
                                  AgreementCommand::tr("DATE"));
    parser.addOptions({as, name, date});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QString id;
    if (!onePositional(
            cli, parser,
            AgreementCommand::tr("Say which agreement to sign: myfyrio agreement sign ID --as supervisor --name NAME"),
            id, exitCode))
        return exitCode;
    Signature signature;
    signature.party = parser.value(as).trimmed().toLower();
    if (!SectionCatalog::isParty(signature.party))
        return cli.fail(AgreementCommand::tr("Say who is signing with --as supervisor or --as supervisee."));
    signature.fullName = parser.value(name).simplified();
    if (signature.fullName.isEmpty())
        return cli.fail(AgreementCommand::tr("Type your full name with --name."));
    signature.date = QDate::currentDate();
    if (parser.isSet(date)) {
        signature.date = timestamps::parseIsoDate(parser.value(date));
        if (!signature.date.isValid())
            return cli.failInvalidDate(parser.value(date));
    }
    if (cli.journalMissing())
        //: %1 is what the person typed.
        return cli.fail(AgreementCommand::tr("There is no agreement with the id “%1”.").arg(id));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    const AgreementStore store(*journal);
    auto fullId = store.resolveId(id);
    if (!fullId)
        return cli.fail(fullId.error());
    auto signedVersion = store.sign(*fullId, signature);
    if (!signedVersion)
        return cli.fail(signedVersion.error());
    if (signedVersion->isSigned())
        //: %1 is a version number.
        cli.out() << AgreementCommand::tr("Version %1 is signed by both parties. Fingerprint: %2")
                         .arg(signedVersion->number)
                         .arg(signedVersion->fingerprint)
                  << Qt::endl;
    else
        //: %1 is a version number.
        cli.out() << AgreementCommand::tr("Signed. Version %1 now waits for the other party's signature.")
                         .arg(signedVersion->number)
                  << Qt::endl;
    return Success;
}

QJsonObject summaryJson(const Agreement& a)
{
    const AgreementVersion* current = a.current();
    const AgreementVersion* latest = a.latestSigned();
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("supervisor"), current ? current->content.supervisorName : QString()},
        {QStringLiteral("supervisee"), current ? current->content.superviseeName : QString()},
        {QStringLiteral("status"), Agreement::statusCode(a.status())},
        {QStringLiteral("reviewDate"), current && current->content.reviewDate.isValid()
                                           ? timestamps::toStorage(current->content.reviewDate)
                                           : QString()},
        {QStringLiteral("versions"), static_cast<int>(a.versions.size())},
        {QStringLiteral("fingerprint"), latest ? latest->fingerprint : QString()},
        {QStringLiteral("openDraft"), a.hasOpenDraft()},
    };
}

int agreementList(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AgreementCommand::tr("List the supervision agreements."));
    const QCommandLineOption json(QStringLiteral("json"), AgreementCommand::tr("Print JSON instead of text."));
    parser.addOption(json);
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(
            //: %1 is what the person typed.
            AgreementCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    QVector<Agreement> agreements;
    if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
        auto listed = AgreementStore(*journal).list();
        if (!listed)
            return cli.fail(listed.error());
        agreements = std::move(listed).value();
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Agreement& a : agreements)
            array.append(summaryJson(a));
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (agreements.isEmpty()) {
        cli.out() << AgreementCommand::tr("The journal has no supervision agreements yet.") << Qt::endl;
        return Success;
    }
    for (const Agreement& a : agreements) {
        const QJsonObject o = summaryJson(a);
        QStringList fields;
        for (const char* key : {"id", "supervisor", "supervisee", "status", "reviewDate"})
            fields.append(o.value(QLatin1String(key)).toString());
        fields[3] = Agreement::statusLabel(a.status()); // the JSON keeps the code; people read the word
        fields.append(QString::number(a.versions.size()));
        fields.append(o.value(QStringLiteral("fingerprint")).toString());
        cli.out() << fields.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    }
    return Success;
}

/// What the exchange file of an agreement carries for the confidentiality guard.
Expected<QString> sharedText(const AgreementStore& store, const QString& id)
{
    auto agreement = store.find(id);
    if (!agreement)
        return agreement.failure();
    return agreement->has_value() ? agreementSharedText(**agreement) : QString();
}

int agreementExport(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AgreementCommand::tr("Write an agreement with all its versions to a .myfyrio-agreement file."));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 AgreementCommand::tr("The agreement's id (or its first characters)."));
    const QCommandLineOption output(QStringLiteral("output"), AgreementCommand::tr("The file to write."),
                                    AgreementCommand::tr("FILE"));
    parser.addOption(output);
    // Signed text cannot be redacted (its fingerprint would no longer match): allow it, or edit a new draft.
    const GuardOptions guard(false);
    parser.addOptions(guard.options());
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QString id;
    if (!onePositional(cli, parser,
                       AgreementCommand::tr("Say which agreement to export: myfyrio agreement export ID --output FILE"),
                       id, exitCode))
        return exitCode;
    const QString path = parser.value(output);
    if (path.isEmpty())
        return cli.fail(AgreementCommand::tr("Say where to write the agreement with --output FILE."));
    if (QFileInfo::exists(path))
        return cli.fail(
            //: %1 is a file name or folder.
            AgreementCommand::tr("“%1” already exists. Choose another name; nothing is overwritten.").arg(path));
    if (cli.journalMissing())
        //: %1 is what the person typed.
        return cli.fail(AgreementCommand::tr("There is no agreement with the id “%1”.").arg(id));
    auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
    if (!journal)
        return Error;
    const AgreementStore store(*journal);
    auto fullId = store.resolveId(id);
    if (!fullId)
        return cli.fail(fullId.error());
    if (auto text = sharedText(store, *fullId); !text)
        return cli.fail(text.error());
    else if (!guard.allow(parser, cli, *text, exitCode))
        return exitCode;
    if (auto exported = AgreementExchange::exportTo(store, *fullId, path); !exported)
        return cli.fail(exported.error());
    //: %1 is a file name or folder.
    cli.out() << AgreementCommand::tr("The agreement was written to “%1”.").arg(path) << Qt::endl;
    return Success;
}

int agreementImport(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AgreementCommand::tr("Import an agreement from a .myfyrio-agreement file. Nothing in the journal "
                             "is overwritten; a copy that has changed on both sides is kept as a draft "
                             "of its own."));
    parser.addPositionalArgument(QStringLiteral("file"), AgreementCommand::tr("The file to import."));
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QString path;
    if (!onePositional(cli, parser, AgreementCommand::tr("Say which file to import: myfyrio agreement import FILE"),
                       path, exitCode))
        return exitCode;
    // The whole file is checked before the journal is opened: a refused file changes nothing.
    auto contents = AgreementFile::read(path);
    if (!contents)
        return cli.fail(contents.error());
    auto journal = cli.openJournal(Database::OpenMode::CreateIfMissing);
    if (!journal)
        return Error;
    auto report = AgreementExchange::importContents(AgreementStore(*journal), *contents);
    if (!report)
        return cli.fail(report.error());
    cli.out() << report->message() << Qt::endl;
    if (!report->changedSections.isEmpty() && report->outcome != AgreementExchange::Outcome::Same) {
        cli.out() << AgreementCommand::tr("Sections that differ:") << Qt::endl;
        for (const QString& code : report->changedSections)
            cli.out() << QStringLiteral("  ") << SectionCatalog::title(code) << Qt::endl;
    }
    cli.out() << report->agreementId << QStringLiteral("  ") << AgreementExchange::outcomeCode(report->outcome)
              << Qt::endl;
    return Success;
}

} // namespace

int runAgreement(CliContext& cli, const QStringList& arguments)
{
    const QString usage = AgreementCommand::tr("Usage: myfyrio agreement new|sign|list|export|import [OPTIONS]. "
                                               "Run “myfyrio agreement SUBCOMMAND --help” for the options.");
    //: %1 is what the person typed.
    const QString unknown = AgreementCommand::tr("“%1” is not an agreement subcommand.");
    return runSubcommand(cli, arguments,
                         {{"new", &agreementNew},
                          {"sign", &agreementSign},
                          {"list", &agreementList},
                          {"export", &agreementExport},
                          {"import", &agreementImport}},
                         usage, unknown);
}

} // namespace myfyrio::cli
