#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/cpdoptions.h"
#include "app/cli/failureoptions.h"
#include "app/cli/guidedoptions.h"
#include "core/journal/reflectionstore.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class AddCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::AddCommand)
};

} // namespace

int runAdd(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AddCommand::tr("Add a reflection to the journal. Without --body, the body is read "
                                                    "from standard input."));
    const QCommandLineOption title(QStringLiteral("title"), AddCommand::tr("The title of the reflection."),
                                   AddCommand::tr("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  AddCommand::tr("The day the reflection is about (YYYY-MM-DD; today if left out)."),
                                  AddCommand::tr("DATE"));
    const QCommandLineOption tag(QStringLiteral("tag"), AddCommand::tr("A tag; repeat for more tags."),
                                 AddCommand::tr("TAG"));
    const QCommandLineOption lang(QStringLiteral("lang"), AddCommand::tr("The language it is written in: cy or en."),
                                  QStringLiteral("cy|en"));
    const QCommandLineOption supervision(QStringLiteral("bring-to-supervision"),
                                         AddCommand::tr("Mark the reflection to bring to supervision (it is private "
                                                        "otherwise)."));
    const QCommandLineOption body(QStringLiteral("body"), AddCommand::tr("The text of the reflection."),
                                  AddCommand::tr("TEXT"));
    parser.addOptions({title, date, tag, lang, supervision, body});
    const GuidedOptions guided;
    parser.addOptions(guided.options());

    const FailureOptions failure;
    parser.addOptions(failure.options());
    const CpdOptions cpd;
    parser.addOptions(cpd.options());

    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(AddCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    // Check everything before the journal is opened: a mistake writes nothing.
    Reflection reflection;
    reflection.title = parser.value(title).trimmed();
    if (!parser.isSet(title) || reflection.title.isEmpty())
        return cli.fail(AddCommand::tr("A reflection needs a title: give one with --title."));
    reflection.date = QDate::currentDate();
    if (parser.isSet(date)) {
        reflection.date = timestamps::parseIsoDate(parser.value(date));
        if (!reflection.date.isValid())
            return cli.failInvalidDate(parser.value(date));
    }
    reflection.tags = parser.values(tag);
    if (parser.isSet(lang)) {
        reflection.language = parser.value(lang).trimmed().toLower();
        if (reflection.language != languageCodeWelsh() && reflection.language != languageCodeEnglish())
            //: %1 is what the person typed.
            return cli.fail(AddCommand::tr("“%1” is not a language Myfyrio knows. Use cy (Cymraeg) or en (English).")
                                .arg(parser.value(lang)));
    }
    reflection.bringToSupervision = parser.isSet(supervision);
    if (const QString problem = guided.read(parser, cli, reflection); !problem.isEmpty())
        return cli.fail(problem);
    if (const QString problem = failure.read(parser, reflection); !problem.isEmpty())
        return cli.fail(problem);
    if (const QString problem = cpd.read(parser, reflection); !problem.isEmpty())
        return cli.fail(problem);
    if (const QString problem = ReflectionStore::validate(reflection); !problem.isEmpty())
        return cli.fail(problem);

    if (parser.isSet(body)) {
        reflection.body = parser.value(body);
    } else {
        if (cli.inputIsTerminal())
            cli.err() << AddCommand::tr("Type the reflection, then press Ctrl+D on a line of its own.") << Qt::endl;
        reflection.body = cli.in().readAll();
    }

    auto journal = cli.openJournal(Database::OpenMode::CreateIfMissing);
    if (!journal)
        return Error;
    auto added = ReflectionStore(*journal).add(reflection);
    if (!added)
        return cli.fail(added.error());
    cli.out() << added->id << Qt::endl;
    return Success;
}

} // namespace myfyrio::cli
