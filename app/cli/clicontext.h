#pragma once

#include "core/storage/database.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace myfyrio::cli {

/// What every command gets: its streams and the journal it works on.
/// Commands check all their input before they open the journal, so that a
/// mistake on the command line never touches the file.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::cli::CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QString databasePath);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QTextStream& in() { return m_in; }
    QString databasePath() const { return m_databasePath; }
    bool inputIsTerminal() const { return m_inputIsTerminal; }
    void setInputIsTerminal(bool terminal) { m_inputIsTerminal = terminal; }

    /// Opens (and creates, when allowed) the journal; on failure says why on stderr.
    std::unique_ptr<Database> openJournal(Database::OpenMode mode);

    /// True when the journal file does not exist yet (read-only commands then show nothing).
    bool journalMissing() const;

    /// Prints "myfyrio: <message>" on stderr and returns the exit code for errors.
    int fail(const QString& message);

    /// Says that TEXT is not a date of the form YYYY-MM-DD (the one sentence every
    /// command uses) and returns the exit code for errors.
    int failInvalidDate(const QString& text);

    /// "YYYY-MM-DD" in the interface language (Welsh "BBBB-MM-DD"), for options that take a date.
    static QString dateValueName();

    /// Runs a command's parser over its arguments; on a mistake prints it and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, int& exitCode);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    QString m_databasePath;
    bool m_inputIsTerminal = false;
};

/// Exit codes of the command line.
enum ExitCode { Success = 0, Error = 1, UsageError = 2 };

} // namespace myfyrio::cli
