#include "core/backup/journalsalvage.h"

#include "core/io/journaltables.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedconnection.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace myfyrio {

namespace {

constexpr int pageRows = 500;
constexpr int maximumJumps = 48;

QStringList sourceColumns(const QSqlDatabase& source, const QString& table)
{
    QStringList columns;
    QSqlQuery query(source);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(JournalTables::quote(table))))
        return columns;
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

/// Copies the rows of one table; returns how many were kept.
int copyTable(const QSqlDatabase& source, const QSqlDatabase& target, const JournalTable& table, int& skipped)
{
    const QStringList available = sourceColumns(source, table.name);
    QStringList columns;
    for (const QString& column : table.columns) {
        if (available.contains(column))
            columns << column;
    }
    if (columns.isEmpty())
        return 0;
    QStringList quoted;
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i) {
        quoted << JournalTables::quote(columns[i]);
        placeholders << QStringLiteral(":c%1").arg(i);
    }
    QSqlQuery insert(target);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                            .arg(JournalTables::quote(table.name), quoted.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")))))
        return 0;

    int kept = 0;
    auto keep = [&](const QSqlQuery& row, int offset) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(placeholders[i], row.value(i + offset));
        if (insert.exec() && insert.numRowsAffected() > 0)
            ++kept;
        else if (insert.lastError().type() != QSqlError::NoError)
            ++skipped;
    };

    if (!table.hasRowid) {
        QSqlQuery rows(source);
        rows.setForwardOnly(true);
        if (rows.exec(QStringLiteral("SELECT %1 FROM %2")
                          .arg(quoted.join(QStringLiteral(", ")), JournalTables::quote(table.name)))) {
            while (rows.next())
                keep(rows, 0);
        }
        return kept;
    }

    // In rowid order, a page at a time; past a page that cannot be read, jump
    // further and further ahead until the rows can be read again.
    qint64 after = -1;
    qint64 jump = 1;
    int jumps = 0;
    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > :after ORDER BY rowid LIMIT %3")
                     .arg(quoted.join(QStringLiteral(", ")), JournalTables::quote(table.name))
                     .arg(pageRows));
    while (jumps <= maximumJumps) {
        rows.bindValue(QStringLiteral(":after"), after);
        int read = 0;
        bool failed = !rows.exec();
        while (!failed && rows.next()) {
            ++read;
            after = rows.value(0).toLongLong();
            keep(rows, 1);
        }
        failed = failed || rows.lastError().type() != QSqlError::NoError;
        rows.finish();
        if (!failed && read < pageRows)
            break; // the end of the table
        if (failed) {
            after += jump;
            jump *= 2;
            ++jumps;
        } else {
            jump = 1;
        }
    }
    return kept;
}

} // namespace

Expected<SalvageReport> JournalSalvage::copy(const QString& damagedPath, const Database& target)
{
    ScopedConnection source(damagedPath, ScopedConnection::Mode::ReadOnly);
    if (!source.isOpen())
        return Failure{tr("Nothing could be read from the damaged journal.")};
    auto tables = JournalTables::read(target.connection());
    if (!tables)
        return tables.failure();

    SalvageReport report;
    QHash<QString, int> kept;
    {
        const JournalChanges::Batch batch(target.changes());
        ScopedTransaction transaction(target.connection());
        if (auto begun = transaction.begun(); !begun)
            return begun.failure();
        for (const JournalTable& table : std::as_const(*tables))
            kept[table.name] = copyTable(source.db(), target.connection(), table, report.skipped);
        if (auto committed = transaction.commit(); !committed)
            return committed.failure();
        target.changes().replaced();
    }
    report.reflections = kept.value(QStringLiteral("reflection"));
    report.tags = kept.value(QStringLiteral("tag"));
    report.answers = kept.value(QStringLiteral("reflection_answer"));
    report.actions = kept.value(QStringLiteral("reflection_action"));
    report.agreements = kept.value(QStringLiteral("supervision_agreement"));
    report.sessions = kept.value(QStringLiteral("supervision_session"));
    int total = 0;
    for (const int count : std::as_const(kept))
        total += count;
    if (total == 0)
        return Failure{tr("Nothing could be read from the damaged journal.")};
    return report;
}

} // namespace myfyrio
