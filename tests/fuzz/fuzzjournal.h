#pragma once

#include "core/storage/database.h"

#include <memory>

namespace myfyrio::fuzz {

/// One journal for the whole fuzzing run, in a temporary folder removed at exit.
/// Harnesses that write roll their changes back, so every input meets the same journal.
const Database& journal();

} // namespace myfyrio::fuzz
