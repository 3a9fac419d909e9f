#include "core/storage/migration.h"
#include "core/storage/schema/schema.h"

namespace myfyrio {

const std::vector<Migration>& migrations()
{
    // Append new steps at the end; never change a step that has shipped.
    static const std::vector<Migration> steps = {
        schema::v001Journal(),           // 1
        schema::v002FailurePlacement(),  // 2
        schema::v003Supervision(),       // 3
        schema::v004GuidedReflections(), // 4
        schema::v005RevisionTrash(),     // 5
        schema::v006ExternalSearch(),    // 6
        schema::v007Portfolio(),         // 7
        schema::v008LearningCards(),     // 8
    };
    return steps;
}

int latestSchemaVersion()
{
    // The number of the last step (not the count of steps, so that a step can
    // keep the number it was given while an earlier one is still to land).
    return migrations().back().version;
}

} // namespace myfyrio
