#pragma once

#include "core/journal/reflection.h"

#include <QJsonObject>

namespace myfyrio::json {

/// A reflection as the command line and the backup files write it:
/// id, title, date, tags, lang, bringToSupervision, created, updated, body,
/// model, answers (prompt code → text), scale (or null), actions [{id, text, due, done}], dontResurface,
/// failure (core/failure/failurejson.h) and cpd (core/cpd/cpdjson.h).
QJsonObject fromReflection(const Reflection& reflection);

} // namespace myfyrio::json
