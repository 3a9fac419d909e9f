#include "app/cli/clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace myfyrio::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QString databasePath)
    : m_out(out), m_err(err), m_in(in), m_databasePath(std::move(databasePath))
{}

std::unique_ptr<Database> CliContext::openJournal(Database::OpenMode mode)
{
    auto opened = Database::open(m_databasePath, mode);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

bool CliContext::journalMissing() const
{
    return !QFileInfo::exists(m_databasePath);
}

int CliContext::fail(const QString& message)
{
    m_err << QStringLiteral("myfyrio: ") << message << Qt::endl;
    return Error;
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
