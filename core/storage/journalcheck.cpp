#include "core/storage/journalcheck.h"

#include "core/storage/journalfile.h"
#include "core/storage/scopedconnection.h"
#include "core/storage/sql.h"

#include <QSqlQuery>

namespace myfyrio {

namespace {

const QString indexTable = QStringLiteral("reflection_fts");

JournalCheck::Outcome failed(JournalProblem problem, const QString& path, const QString& detail = {})
{
    JournalCheck::Outcome outcome;
    outcome.problem = {problem, detail};
    outcome.message = JournalFile::sentence(problem, path, detail);
    return outcome;
}

JournalCheck::Outcome failedWith(const QSqlError& error, const QString& path)
{
    switch (sql::kindOf(error)) {
    case sql::ErrorKind::Busy:
        return failed(JournalProblem::Locked, path);
    case sql::ErrorKind::Full:
        return failed(JournalProblem::Full, path);
    case sql::ErrorKind::Damaged:
        return failed(JournalProblem::Damaged, path);
    default:
        return failed(JournalProblem::Unreadable, path);
    }
}

bool hasIndex(const QSqlDatabase& db)
{
    auto exists = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"),
                              {{QStringLiteral("name"), indexTable}});
    return exists && exists->toInt() > 0;
}

/// Reads every term of the search index (read-only): false when part of it cannot be read.
bool indexReadable(const QString& path)
{
    ScopedConnection connection(path, ScopedConnection::Mode::ReadOnly);
    if (!connection.isOpen() || !hasIndex(connection.db()))
        return true;
    QSqlQuery query(connection.db());
    // A table of the index's terms, in the connection's own temporary schema.
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.myfyrio_terms USING fts5vocab(main, reflection_fts, "
                                   "'row')")))
        return true; // FTS5 without fts5vocab: nothing to read it with
    if (query.exec(QStringLiteral("SELECT count(*), sum(cnt) FROM temp.myfyrio_terms")) && query.next())
        return true;
    return sql::kindOf(query.lastError()) != sql::ErrorKind::Damaged;
}

/// Runs one of FTS5's commands ('integrity-check', 'rebuild') on the search index.
QSqlError indexCommand(const QSqlDatabase& db, const QString& command)
{
    QSqlQuery query(db);
    // For the check, rank = 1: compare the index with the reflections it was
    // made from, not only with itself.
    const bool check = command == QLatin1String("integrity-check");
    query.prepare(check ? QStringLiteral("INSERT INTO reflection_fts(reflection_fts, rank) VALUES (:command, 1)")
                        : QStringLiteral("INSERT INTO reflection_fts(reflection_fts) VALUES (:command)"));
    query.bindValue(QStringLiteral(":command"), command);
    if (query.exec())
        return {};
    sql::noteFailure(db, command, query.lastError());
    return query.lastError();
}

} // namespace

QString JournalCheck::indexRebuiltSentence()
{
    return tr("The search index of the journal was damaged and has been rebuilt from your reflections. "
              "Your reflections themselves were not affected.");
}

JournalCheck::Outcome JournalCheck::run(const QString& path, Index index)
{
    {
        ScopedConnection connection(path, ScopedConnection::Mode::ReadOnly);
        if (!connection.isOpen())
            return failedWith(connection.openError(), path);
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failedWith(query.lastError(), path);
        int problems = 0;
        while (query.next()) {
            if (query.value(0).toString() != QLatin1String("ok"))
                ++problems;
        }
        if (query.lastError().type() != QSqlError::NoError)
            return failedWith(query.lastError(), path);
        if (problems > 0)
            return failed(JournalProblem::Damaged, path,
                          tr("Its check found problems in how the file is stored, so parts of it cannot be read."));
    }
    if (index == Index::Skip)
        return {};
    if (indexReadable(path))
        return {};

    // The index could not be read whole: FTS5 confirms, and the index is made again.
    ScopedConnection connection(path, ScopedConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return {}; // checked again next time the journal can be written
    const QSqlError check = indexCommand(connection.db(), QStringLiteral("integrity-check"));
    if (check.type() == QSqlError::NoError || sql::kindOf(check) != sql::ErrorKind::Damaged)
        return {}; // passed, or could not be checked now (busy, read-only): nothing is changed
    if (indexCommand(connection.db(), QStringLiteral("rebuild")).type() != QSqlError::NoError
        || indexCommand(connection.db(), QStringLiteral("integrity-check")).type() != QSqlError::NoError)
        return failed(JournalProblem::Damaged, path, tr("Its search index is damaged and could not be rebuilt."));
    Outcome outcome;
    outcome.indexRebuilt = true;
    return outcome;
}

bool JournalCheck::indexPasses(const QString& path)
{
    ScopedConnection connection(path, ScopedConnection::Mode::ReadWrite);
    if (!connection.isOpen() || !hasIndex(connection.db()))
        return true;
    const QSqlError check = indexCommand(connection.db(), QStringLiteral("integrity-check"));
    return check.type() == QSqlError::NoError || sql::kindOf(check) != sql::ErrorKind::Damaged;
}

Expected<void> JournalCheck::rebuildIndex(const QString& path)
{
    ScopedConnection connection(path, ScopedConnection::Mode::ReadWrite, 60000);
    if (!connection.isOpen())
        return Failure{sql::describe(connection.openError())};
    if (const QSqlError rebuilt = indexCommand(connection.db(), QStringLiteral("rebuild"));
        rebuilt.type() != QSqlError::NoError)
        return Failure{sql::describe(rebuilt, connection.db())};
    return {};
}

} // namespace myfyrio
