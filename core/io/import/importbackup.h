#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

class Database;

/// Makes a copy of the journal before an import changes it, so that a person
/// who does not like what came in can go back.
///
/// Until the journal has a backup service of its own, JournalCopyBackup is the
/// one implementation: a checked copy (Database::backupTo) in a "backups"
/// folder beside the journal, readable by its owner only.
class ImportBackup
{
public:
    virtual ~ImportBackup();
    /// The path of the copy made.
    virtual Expected<QString> make(const Database& database) const = 0;
};

class JournalCopyBackup : public ImportBackup
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalCopyBackup)

public:
    Expected<QString> make(const Database& database) const override;
};

} // namespace myfyrio
