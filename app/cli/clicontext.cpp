#include "app/cli/clicontext.h"

#include "core/storage/journalfile.h"
#include "core/storage/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace myfyrio::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QString databasePath)
    : m_out(out), m_err(err), m_in(in), m_databasePath(std::move(databasePath))
{}

std::unique_ptr<Database> CliContext::openJournal(Database::OpenMode mode)
{
    Database::Options options;
    options.mode = mode;
    // A command that only reads pays for no check; one that writes is checked first.
    options.check = Database::Check::BeforeWrite;
    OpenProblem problem;
    auto opened = Database::open(m_databasePath, options, &problem);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    for (const QString& notice : (*opened)->notices())
        m_err << QStringLiteral("myfyrio: ") << notice << Qt::endl;
    return std::move(opened).value();
}

bool CliContext::journalMissing() const
{
    return !QFileInfo::exists(m_databasePath);
}

int CliContext::fail(const QString& message)
{
    m_err << QStringLiteral("myfyrio: ") << message << Qt::endl;
    // Damage met while reading or writing: the same way back as at open.
    const QString damagedAtOpen =
        JournalFile::sentence(JournalProblem::Damaged, QFileInfo(m_databasePath).absoluteFilePath())
            .section(QLatin1Char('\n'), 0, 0);
    if (message.contains(sql::damagedSentence()) || message.startsWith(damagedAtOpen))
        m_err << damagedHint() << Qt::endl;
    return Error;
}

QString CliContext::damagedHint()
{
    return tr("See its backups with “myfyrio backup list”, and put one in its place with “myfyrio backup restore "
              "BACKUP”; the damaged file is then kept beside it under a new name.");
}

QString CliContext::dateValueName()
{
    //: How a date is written on the command line: year, month and day (Welsh: BBBB-MM-DD).
    return tr("YYYY-MM-DD");
}

int CliContext::failInvalidDate(const QString& text)
{
    //: %1 is what the person typed.
    return fail(tr("“%1” is not a valid date. Use the form YYYY-MM-DD, for example 2024-03-01.").arg(text));
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, int& exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("myfyrio: ") << parser.errorText() << Qt::endl;
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started from; say "myfyrio COMMAND".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && !arguments.isEmpty())
            text.replace(program, arguments.constFirst());
        m_out << text;
        m_out.flush();
        exitCode = Success;
        return false;
    }
    return true;
}

} // namespace myfyrio::cli
