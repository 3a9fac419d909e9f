#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace myfyrio {

/// One numbered step of the journal schema. Each statement is a single SQL
/// statement (Qt's SQLite driver runs only the first statement of a string).
/// A step runs in one transaction together with setting PRAGMA user_version.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every schema step, in order of their version numbers.
const std::vector<Migration>& migrations();

/// The schema version this build writes.
int latestSchemaVersion();

/// The application id stamped in the SQLite header of every journal ("MYFR").
constexpr int journalApplicationId = 0x4D594652;

} // namespace myfyrio
