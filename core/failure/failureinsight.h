#pragma once

#include "core/failure/failurecounts.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace myfyrio {

class Database;

/// Sums up where the writer's placed events fall on the failure spectrum in a
/// period, and says so in one plain sentence.
class FailureInsight
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::FailureInsight)

public:
    /// The shape of a period's placements, which picks the summary sentence.
    enum class Pattern { Empty, TooFew, MostlyPeople, MostlySystem, MostlyExperiments, Spread };

    explicit FailureInsight(const Database& database);

    /// Counts for reflections dated from `from` to `to`, both inclusive; an
    /// invalid date leaves that end open.
    Expected<FailureCounts> counts(const QDate& from, const QDate& to) const;

    static Pattern pattern(const FailureCounts& counts);
    /// One whole sentence in the interface language.
    static QString summary(const FailureCounts& counts);
    /// One whole sentence in a given language ("cy" or "en").
    static QString summary(const FailureCounts& counts, const QString& language);

    /// Fewer placed events than this show no pattern.
    static constexpr int fewestForPattern = 3;

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio
