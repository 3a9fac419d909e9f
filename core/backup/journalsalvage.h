#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

class Database;

/// What a salvage recovered from a damaged journal.
struct SalvageReport {
    int reflections = 0;
    int tags = 0;
    int answers = 0;
    int actions = 0;
    int agreements = 0;
    int sessions = 0;
    int skipped = 0; ///< rows that were read but could not be kept (their parent was lost)
    QString keptAs;  ///< where the damaged journal was kept
};

/// Copies every row that can still be read from a damaged journal into a new,
/// empty one: table by table, parents first, stepping past pages that cannot
/// be read. A row whose parent was lost is left out, so the new journal is
/// whole. The damaged file is only ever read.
class JournalSalvage
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalSalvage)

public:
    static Expected<SalvageReport> copy(const QString& damagedPath, const Database& target);
};

} // namespace myfyrio
