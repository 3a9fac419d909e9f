#include "core/io/backupcheck.h"

#include "core/io/agreementcheck.h"
#include "core/io/backuprules.h"

namespace myfyrio {

Expected<BackupCheck> BackupCheck::run(const BackupFile& file, const QSqlDatabase& journal)
{
    BackupCheck check;
    AgreementCheck agreements;
    for (const JournalTable& table : file.tables()) {
        const int code =
            table.name == QLatin1String("reflective_model") ? table.columnIndex(QStringLiteral("code")) : -1;
        auto read = file.rows(table, [&](BackupRow& row) {
            ++check.records;
            const QString problem = BackupRules::problem(table, row);
            agreements.note(table, row, problem);
            if (!problem.isEmpty()) {
                check.rejectedRows[table.name].insert(row.number);
                check.skipped << skippedSentence(table, row, problem);
            } else if (code >= 0) {
                check.modelCodes.insert(row.text(code));
            }
            return true;
        });
        if (!read)
            return read.failure();
    }
    auto rejected = agreements.rejected(journal);
    if (!rejected)
        return rejected.failure();
    check.rejectedAgreements = std::move(rejected).value();
    QStringList sentences = check.rejectedAgreements.values();
    sentences.sort();
    check.skipped += sentences;
    return check;
}

QString BackupCheck::skippedSentence(const JournalTable& table, const BackupRow& row, const QString& reason)
{
    const QString what = BackupRules::describe(table, row);
    if (what.trimmed().isEmpty())
        //: %1 is the record's number in its table, %2 the table's name.
        return tr("Record %1 of the table “%2” was not imported.").arg(row.number).arg(table.name) + QLatin1Char(' ')
               + reason;
    //: %1 is the record's number in its table, %2 the table's name, %3 the record's id (and title).
    return tr("Record %1 of the table “%2” (%3) was not imported.").arg(row.number).arg(table.name, what)
           + QLatin1Char(' ') + reason;
}

} // namespace myfyrio
