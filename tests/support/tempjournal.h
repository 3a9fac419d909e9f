#pragma once

#include "core/storage/database.h"

#include <QColor>
#include <QSize>
#include <QTemporaryDir>

#include <memory>

namespace myfyrio::test {

/// A temporary folder with a journal path in it; the folder goes with the object.
class TempJournal
{
public:
    TempJournal();

    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    /// Opens (creating it the first time) the journal; fails the test on error.
    std::unique_ptr<Database> open() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

/// The bytes of a file, to prove that something left it untouched.
QByteArray fileBytes(const QString& path);

/// A small PNG image of one colour, as a photo or a certificate's scan would be attached.
QByteArray pngBytes(const QSize& size, const QColor& colour);

/// Writes bytes to a new file.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace myfyrio::test
