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

/// Runs one of FTS5's commands ('integrity-check', 'rebuild') on the search index.
QSqlError indexCommand(const QSqlDatabase& db, const QString& command)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO reflection_fts(reflection_fts) VALUES (:command)"));
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

    ScopedConnection connection(path, ScopedConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return {}; // the index is checked next time the journal can be written
    const QSqlDatabase db = connection.db();
    auto exists = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"),
                              {{QStringLiteral("name"), indexTable}});
    if (!exists || exists->toInt() == 0)
        return {};
    const QSqlError check = indexCommand(db, QStringLiteral("integrity-check"));
    if (check.type() == QSqlError::NoError || sql::kindOf(check) != sql::ErrorKind::Damaged)
        return {}; // passed, or could not be checked now (busy, read-only): nothing is changed
    if (const QSqlError rebuilt = indexCommand(db, QStringLiteral("rebuild")); rebuilt.type() != QSqlError::NoError)
        return failed(JournalProblem::Damaged, path, tr("Its search index is damaged and could not be rebuilt."));
    if (indexCommand(db, QStringLiteral("integrity-check")).type() != QSqlError::NoError)
        return failed(JournalProblem::Damaged, path, tr("Its search index is damaged and could not be rebuilt."));
    Outcome outcome;
    outcome.indexRebuilt = true;
    return outcome;
}

} // namespace myfyrio
