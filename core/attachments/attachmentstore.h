#pragma once

#include "core/attachments/attachment.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace myfyrio {

class Database;
class JournalChanges;

/// Keeps evidence files inside the journal (table reflection_attachment), so
/// that one file, and every backup of it, holds everything. Up to 25 MB a
/// file. Attachments are not part of a Reflection: they are listed and read
/// here when needed, never loaded with every reflection. Every write is one
/// transaction and is announced through JournalChanges::attachmentsChanged.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AttachmentStore)

public:
    static constexpr qint64 maximumSize = 25 * 1024 * 1024;

    explicit AttachmentStore(const Database& database);

    /// Adds bytes under a file name (any folder part is dropped).
    Expected<Attachment> add(const QString& reflectionId, const QString& fileName, const QByteArray& bytes) const;
    /// Reads a regular file of at most 25 MB and adds it.
    Expected<Attachment> addFile(const QString& reflectionId, const QString& path) const;

    /// The attachments of a reflection, in the order they were added.
    Expected<QVector<Attachment>> list(const QString& reflectionId) const;
    Expected<QByteArray> data(const QString& attachmentId) const;
    Expected<void> remove(const QString& attachmentId) const;

    /// A file name that is safe to store and to write into a folder: no
    /// folders, no control characters, at most 255 bytes; "attachment" if nothing is left.
    static QString safeFileName(const QString& name);

    /// "“NAME” is 30.2 MB; an attachment can be at most 25 MB.": why a file is too large to attach.
    static QString tooLarge(const QString& fileName, qint64 bytes);

private:
    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr;
};

} // namespace myfyrio
