#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

Migration v002FailurePlacement()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("Failure-spectrum placements of reflections");
    m.statements = {
        // Codes only; labels come from FailureSpectrum. type is the resolved type
        // (chosen or suggested) so that lists can be filtered by it directly.
        QStringLiteral("CREATE TABLE failure_placement ("
                       " reflection_id TEXT PRIMARY KEY REFERENCES reflection (id) ON DELETE CASCADE,"
                       " reason TEXT NOT NULL CHECK (reason IN ('deviance', 'inattention', 'lack_of_ability',"
                       "  'process_inadequacy', 'task_challenge', 'process_complexity', 'uncertainty',"
                       "  'hypothesis_testing', 'exploratory_testing')),"
                       " type TEXT NOT NULL CHECK (type IN ('basic', 'complex', 'intelligent')),"
                       " type_overridden INTEGER NOT NULL DEFAULT 0 CHECK (type_overridden IN (0, 1)),"
                       " setting TEXT CHECK (setting IS NULL OR setting IN ('consistent', 'variable', 'novel')),"
                       " blame_felt INTEGER CHECK (blame_felt IS NULL OR blame_felt BETWEEN 0 AND 4),"
                       " system_factors TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX failure_placement_by_reason ON failure_placement (reason)"),
        QStringLiteral("CREATE INDEX failure_placement_by_type ON failure_placement (type)"),
    };
    return m;
}

} // namespace myfyrio::schema
