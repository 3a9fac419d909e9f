#pragma once

#include "core/storage/migration.h"

/// The journal schema, one function a step. See migrations.cpp for the order.
namespace myfyrio::schema {

Migration v001Journal();
Migration v002FailurePlacement();
Migration v003Supervision();
Migration v004GuidedReflections();
Migration v005RevisionTrash();
Migration v006ExternalSearch();
Migration v007Portfolio();
Migration v008LearningCards();

} // namespace myfyrio::schema
