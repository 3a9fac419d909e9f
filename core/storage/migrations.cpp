#include "core/storage/migration.h"
#include "core/storage/schema/schema.h"

namespace myfyrio {

const std::vector<Migration>& migrations()
{
    // Append new steps at the end; never change a step that has shipped.
    static const std::vector<Migration> steps = {
        schema::v001Journal(),           schema::v002FailurePlacement(), schema::v003Supervision(),
        schema::v004GuidedReflections(), schema::v005RevisionTrash(),
    };
    return steps;
}

int latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace myfyrio
