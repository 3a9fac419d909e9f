#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/io/reflectionjson.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/systemscale.h"
#include "core/search/ftsquery.h"
#include "core/search/searchquery.h"
#include "core/util/collation.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ListCommand)
};

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), ListCommand::tr("Print JSON instead of text."));
}

/// Prints full reflections as a JSON array, or the list rows one line each
/// (one query: the text output needs no bodies).
int printReflections(CliContext& cli, const ReflectionFilter& filter, bool asJson)
{
    std::unique_ptr<Database> journal;
    if (!cli.journalMissing()) {
        journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            return Error;
    }
    if (asJson) {
        QJsonArray array;
        if (journal) {
            auto full = ReflectionStore(*journal).listFull(filter);
            if (!full)
                return cli.fail(full.error());
            for (const Reflection& reflection : *full)
                array.append(json::fromReflection(reflection));
        }
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    QVector<ReflectionSummary> rows;
    if (journal) {
        auto listed = ReflectionStore(*journal).list(filter);
        if (!listed)
            return cli.fail(listed.error());
        rows = std::move(listed).value();
    }
    if (rows.isEmpty()) {
        //: %1 is the search the person typed.
        const QString noMatch = ListCommand::tr("No reflection matches “%1”.").arg(filter.text);
        cli.out() << (filter.text.isEmpty() ? ListCommand::tr("The journal has no reflections yet.") : noMatch)
                  << Qt::endl;
        return Success;
    }
    QString text;
    for (const ReflectionSummary& row : std::as_const(rows)) {
        text += timestamps::toStorage(row.date) + QStringLiteral("  ") + row.title;
        if (!row.tags.isEmpty())
            text += QStringLiteral("  [") + sortedForDisplay(row.tags).join(QStringLiteral(", ")) + QLatin1Char(']');
        text += QStringLiteral("  ") + row.id + QLatin1Char('\n');
        if (const QString snippet = snippetToPlain(row.snippet).simplified(); !snippet.isEmpty())
            text += QStringLiteral("    ") + snippet + QLatin1Char('\n');
    }
    cli.out() << text;
    return Success;
}

} // namespace

int runList(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ListCommand::tr("List the reflections in the journal, newest first."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption tag(QStringLiteral("tag"), ListCommand::tr("Only reflections with this tag."),
                                 ListCommand::tr("TAG"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   ListCommand::tr("Only reflections about a system of this scale."),
                                   QStringLiteral("person|organisation|place|country"));
    parser.addOptions({json, tag, scale});
    int exitCode = Success;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        //: %1 is what the person typed.
        return cli.fail(ListCommand::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    ReflectionFilter filter;
    filter.tag = parser.value(tag);
    filter.scale = parser.value(scale).trimmed().toLower();
    if (parser.isSet(scale) && !SystemScale::isCode(filter.scale))
        //: %1 is what the person typed.
        return cli.fail(ListCommand::tr("“%1” is not a system scale. Use person, organisation, place or country.")
                            .arg(parser.value(scale)));
    return printReflections(cli, filter, parser.isSet(json));
}

int runSearch(CliContext& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ListCommand::tr("Search the reflections, best matches first. Every word must appear; accents are ignored "
                        "(“dwr” finds “dŵr”) and a word also finds its Welsh mutations (“tref” finds “dref”). "
                        "Also: \"a phrase\", this OR that, -word, tag:NAME, lang:cy|en, after:DATE, before:DATE, "
                        "reason:CODE, type:basic|complex|intelligent."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("query"), ListCommand::tr("What to look for."));
    // "-word" excludes a word: only the command's own options are read as options.
    const QStringList own = {QStringLiteral("--json"), QStringLiteral("--help"), QStringLiteral("-h")};
    QStringList options = arguments.mid(0, 1);
    QStringList words;
    for (const QString& argument : arguments.mid(1))
        (own.contains(argument) ? options : words) << argument;
    words.removeAll(QStringLiteral("--"));
    int exitCode = Success;
    if (!cli.parse(parser, options + QStringList{QStringLiteral("--")} + words, exitCode))
        return exitCode;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.problems().isEmpty())
        return cli.fail(parsed.problems().join(QLatin1Char('\n')));
    if (parsed.isEmpty())
        return cli.fail(ListCommand::tr("Say what to search for, for example: myfyrio search supervision"));
    ReflectionFilter filter;
    filter.text = query;
    filter.bestMatchFirst = true;
    return printReflections(cli, filter, parser.isSet(json));
}

} // namespace myfyrio::cli
