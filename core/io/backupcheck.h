#pragma once

#include "core/io/backupfile.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace myfyrio {

/// The first reading of a backup's records, before anything is written: each
/// record against BackupRules, and the agreements against AgreementCheck.
/// It decides record by record, so that one bad record never hides the others.
struct BackupCheck {
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupCheck)

public:
    /// Reads every record of the file; journal may be an invalid connection
    /// (checking a backup for a journal not made yet).
    static Expected<BackupCheck> run(const BackupFile& file, const QSqlDatabase& journal);

    /// A sentence naming a record that was left out, followed by why.
    static QString skippedSentence(const JournalTable& table, const BackupRow& row, const QString& reason);

    QHash<QString, QSet<int>> rejectedRows;     ///< table → numbers of the records left out for their own fault
    QHash<QString, QString> rejectedAgreements; ///< agreement id → sentence
    QSet<QString> modelCodes;                   ///< the writer's models the backup brings (that can be read)
    QStringList skipped;                        ///< one sentence a record left out, in the order found
    int records = 0;                            ///< how many records the file holds
};

} // namespace myfyrio
