#pragma once

#include "core/io/import/importbatch.h"
#include "core/io/import/journalsource.h"

#include <QString>
#include <QVector>

namespace myfyrio::test {

/// A fixture under tests/data/import/.
QString importFixture(const QString& name);

/// Reads a source and fails the test when it cannot be read at all.
ImportBatch readSource(SourceKind kind, const QString& path);

/// The entry of the batch dated on that day (fails the test when there is none).
const Reflection& entryOn(const ImportBatch& batch, const QDate& date);

/// A file to put into a zip made by writeZip().
struct ZipItem {
    QString name;      ///< as the archive names it, hostile names included ("../x", "/x")
    QByteArray bytes;  ///< the contents, or the target of a link
    bool link = false; ///< marked as a Unix symbolic link
};

/// Writes a deflated .zip of the items (with Python's zipfile, which keeps any name as given).
void writeZip(const QString& path, const QVector<ZipItem>& items);

/// The reasons of the skipped items, joined, for messages of failed checks.
QString skippedText(const ImportBatch& batch);

} // namespace myfyrio::test
