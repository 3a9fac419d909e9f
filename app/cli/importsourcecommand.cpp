// myfyrio import rednotebook|dayone|jrnl|markdown PATH [--dry-run] [--json]:
// brings in the entries of another journal program.

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "core/i18n/translations.h"
#include "core/io/import/importbackup.h"
#include "core/io/import/importsummary.h"
#include "core/io/import/importwriter.h"
#include "core/io/import/journalsource.h"
#include "core/journal/reflectionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace myfyrio::cli {

namespace {

/// The translation context of the command's messages.
class ImportSourceCommand
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::ImportSourceCommand)
};

QString description(SourceKind kind)
{
    switch (kind) {
    case SourceKind::RedNotebook:
        return ImportSourceCommand::tr("Import the entries of a RedNotebook journal folder (one YAML file a month, "
                                       "usually ~/.rednotebook/data).");
    case SourceKind::DayOne:
        return ImportSourceCommand::tr("Import a Day One JSON export: its .zip, the folder it unpacks to, or its "
                                       "Journal.json. Its photos and other files, up to 25 MB each, are attached to "
                                       "the reflections.");
    case SourceKind::Jrnl:
        return ImportSourceCommand::tr("Import a jrnl JSON export (made with “jrnl --export json”).");
    case SourceKind::Markdown:
        return ImportSourceCommand::tr("Import a folder of Markdown notes, one entry a file, such as Obsidian "
                                       "daily notes or Myfyrio's own Markdown export.");
    }
    return {};
}

QString pathName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::RedNotebook:
    case SourceKind::Markdown:
        return QStringLiteral("DIR");
    case SourceKind::DayOne:
        return QStringLiteral("FILE_OR_DIR");
    case SourceKind::Jrnl:
        return QStringLiteral("FILE");
    }
    return {};
}

} // namespace

bool isImportSource(const QString& name)
{
    SourceKind kind;
    return JournalSource::fromCode(name, kind);
}

int runImportSource(CliContext& cli, const QStringList& arguments)
{
    SourceKind kind = SourceKind::RedNotebook;
    if (!JournalSource::fromCode(arguments.value(1), kind))
        //: %1 is what was given as the kind of source.
        return cli.fail(ImportSourceCommand::tr("Unknown source “%1”.").arg(arguments.value(1)));
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.constFirst() + QLatin1Char(' ') + arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(description(kind));
    parser.addPositionalArgument(pathName(kind), ImportSourceCommand::tr("What to import."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    ImportSourceCommand::tr("Say what would be imported, and change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), ImportSourceCommand::tr("Print JSON instead of text."));
    parser.addOption(dryRun);
    parser.addOption(json);
    int exitCode = Success;
    if (!cli.parse(parser, rest, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        //: %1 is the name of a program, such as RedNotebook.
        return cli.fail(ImportSourceCommand::tr("Say what to import from %1.").arg(JournalSource::programName(kind)));
    if (positional.size() > 1)
        //: %1 is the argument that was not expected.
        return cli.fail(ImportSourceCommand::tr("Unexpected argument “%1”.").arg(positional.at(1)));
    const QString path = positional.constFirst();
    if (!QFileInfo::exists(path))
        //: %1 is the path that was given.
        return cli.fail(
            ImportSourceCommand::tr("There is no file or folder “%1”.").arg(QDir::toNativeSeparators(path)));

    // Everything is read and checked before the journal is opened.
    auto batch = JournalSource::create(kind)->read(path, {}, Translations::current());
    if (!batch)
        return cli.fail(batch.error());

    ImportOutcome outcome;
    const bool dry = parser.isSet(dryRun);
    if (dry && cli.journalMissing()) {
        outcome = ImportWriter::planned(*batch, {});
    } else {
        auto journal = cli.openJournal(Database::OpenMode::CreateIfMissing);
        if (!journal)
            return Error;
        const ImportWriter writer(*journal);
        auto planned = writer.dryRun(*batch);
        if (!planned)
            return cli.fail(planned.error());
        if (dry) {
            outcome = *planned;
        } else {
            // A journal that already holds reflections is copied first, so that the import can be undone.
            auto count = ReflectionStore(*journal).count();
            if (!count)
                return cli.fail(count.error());
            if (*count > 0 && planned->added > 0) {
                auto backup = JournalCopyBackup().make(*journal);
                if (!backup)
                    return cli.fail(backup.error());
                if (!parser.isSet(json))
                    //: %1 is the path of the copy of the journal.
                    cli.out() << ImportSourceCommand::tr("A backup of the journal was made first: %1")
                                     .arg(QDir::toNativeSeparators(*backup))
                              << Qt::endl;
            }
            auto written = writer.write(*batch);
            if (!written)
                return cli.fail(written.error());
            outcome = *written;
        }
    }
    if (parser.isSet(json)) {
        cli.out() << QString::fromUtf8(QJsonDocument(ImportSummary::json(outcome)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QStringList lines = ImportSummary::lines(outcome, dry);
    for (const QString& line : lines)
        cli.out() << line << Qt::endl;
    return Success;
}

} // namespace myfyrio::cli
