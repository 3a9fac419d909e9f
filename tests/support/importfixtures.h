#pragma once

#include "core/io/import/importbatch.h"
#include "core/io/import/journalsource.h"

#include <QString>

namespace myfyrio::test {

/// A fixture under tests/data/import/.
QString importFixture(const QString& name);

/// Reads a source and fails the test when it cannot be read at all.
ImportBatch readSource(SourceKind kind, const QString& path);

/// The entry of the batch dated on that day (fails the test when there is none).
const Reflection& entryOn(const ImportBatch& batch, const QDate& date);

/// The reasons of the skipped items, joined, for messages of failed checks.
QString skippedText(const ImportBatch& batch);

} // namespace myfyrio::test
