#pragma once

#include "core/io/backuprow.h"
#include "core/io/journaltables.h"

#include <QCoreApplication>

namespace myfyrio {

/// What a record of a backup must mean to be let into a journal, one record at
/// a time: every value of the kind its column holds, nothing required missing,
/// ids that are ids, real dates and times, and only the codes this version of
/// Myfyrio knows (languages, scales, failure reasons and types, parties,
/// statuses, …). A table it has no rules for gets the checks every table gets.
///
/// Records that refer to others (a tag link, a signature) and what records
/// mean together (a signed agreement version and its fingerprint) are checked
/// by the importer and AgreementCheck.
class BackupRules
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::BackupRules)

public:
    /// A sentence saying why the record cannot be imported, or empty when it can.
    static QString problem(const JournalTable& table, const BackupRow& row);

    /// Strict yyyy-MM-dd of a day that exists.
    static bool isDate(const QString& text);
    /// A UTC ISO 8601 time as the journal keeps it.
    static bool isTime(const QString& text);
    /// A UUID without braces, as every record id is.
    static bool isId(const QString& text);

    /// What the messages call a record: its id (or key), and its title when it has one.
    static QString describe(const JournalTable& table, const BackupRow& row);
};

} // namespace myfyrio
