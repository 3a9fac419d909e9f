#include "core/attachments/attachmentstore.h"

#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace myfyrio {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Attachment attachmentFrom(const QSqlQuery& query)
{
    Attachment a;
    a.id = query.value(0).toString();
    a.reflectionId = query.value(1).toString();
    a.fileName = query.value(2).toString();
    a.mediaType = query.value(3).toString();
    a.size = query.value(4).toLongLong();
    a.sha256 = query.value(5).toString();
    a.created = timestamps::timeFromStorage(query.value(6).toString());
    return a;
}

const QString columns = QStringLiteral("id, reflection_id, file_name, media_type, size, sha256, created_at");

} // namespace

AttachmentStore::AttachmentStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes())
{}

QString AttachmentStore::safeFileName(const QString& name)
{
    QString clean;
    // Whatever the separator, only the last part is the file's own name.
    const QString last = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    for (const QChar c : last) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean += c;
    }
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    while (clean.toUtf8().size() > 255)
        clean.chop(1);
    return clean.isEmpty() ? QStringLiteral("attachment") : clean;
}

QString AttachmentStore::tooLarge(const QString& fileName, qint64 bytes)
{
    //: %1 is a file name; %2 is its size, e.g. 30.2 MB.
    return tr("“%1” is %2; an attachment can be at most 25 MB.").arg(safeFileName(fileName), sizeText(bytes));
}

Expected<Attachment> AttachmentStore::add(const QString& reflectionId, const QString& fileName,
                                          const QByteArray& bytes) const
{
    if (bytes.size() > maximumSize)
        return Failure{tooLarge(fileName, bytes.size())};
    Attachment attachment;
    attachment.id = newId();
    attachment.reflectionId = reflectionId;
    attachment.fileName = safeFileName(fileName);
    attachment.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(attachment.fileName, bytes).name();
    attachment.size = bytes.size();
    attachment.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    attachment.created = timestamps::nowUtc();

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM reflection WHERE id = :id"),
                              {{QStringLiteral("id"), reflectionId}});
    if (!exists)
        return exists.failure();
    if (exists->toInt() == 0)
        //: %1 is a reflection id.
        return Failure{tr("There is no reflection with the id “%1” to attach the file to.").arg(reflectionId)};
    auto inserted =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO reflection_attachment (") + columns
                     + QStringLiteral(", data) VALUES (:id, :reflection, :name, :type, :size, :sha, :created, :data)"),
                 {{QStringLiteral("id"), attachment.id},
                  {QStringLiteral("reflection"), reflectionId},
                  {QStringLiteral("name"), attachment.fileName},
                  {QStringLiteral("type"), attachment.mediaType},
                  {QStringLiteral("size"), attachment.size},
                  {QStringLiteral("sha"), attachment.sha256},
                  {QStringLiteral("created"), timestamps::toStorage(attachment.created)},
                  {QStringLiteral("data"), bytes}});
    if (!inserted)
        return inserted.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes)
        m_changes->attachmentsChangedOf(reflectionId);
    return attachment;
}

Expected<Attachment> AttachmentStore::addFile(const QString& reflectionId, const QString& path) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        //: %1 is a file name.
        return Failure{tr("“%1” does not exist.").arg(shown)};
    if (!info.isFile())
        //: %1 is a file name.
        return Failure{tr("“%1” is not a file that can be attached.").arg(shown)};
    if (info.size() > maximumSize)
        return Failure{tooLarge(info.fileName(), info.size())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file name; %2 is the system's reason.
        return Failure{tr("“%1” could not be read: %2").arg(shown, file.errorString())};
    // Read one byte more than allowed, in case the file grew since it was measured.
    const QByteArray bytes = file.read(maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        //: %1 is a file name; %2 is the system's reason.
        return Failure{tr("“%1” could not be read: %2").arg(shown, file.errorString())};
    return add(reflectionId, info.fileName(), bytes);
}

Expected<QVector<Attachment>> AttachmentStore::list(const QString& reflectionId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT ") + columns
                              + QStringLiteral(" FROM reflection_attachment WHERE reflection_id = :id"
                                               " ORDER BY created_at, rowid"),
                          {{QStringLiteral("id"), reflectionId}});
    if (!query)
        return query.failure();
    QVector<Attachment> result;
    while (query->next())
        result.append(attachmentFrom(*query));
    return result;
}

Expected<QByteArray> AttachmentStore::data(const QString& attachmentId) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT data FROM reflection_attachment WHERE id = :id"),
                          {{QStringLiteral("id"), attachmentId}});
    if (!query)
        return query.failure();
    if (!query->next())
        return Failure{tr("The attachment is no longer in the journal.")};
    return query->value(0).toByteArray();
}

Expected<void> AttachmentStore::remove(const QString& attachmentId) const
{
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    auto owner = sql::scalar(m_db, QStringLiteral("SELECT reflection_id FROM reflection_attachment WHERE id = :id"),
                             {{QStringLiteral("id"), attachmentId}});
    if (!owner)
        return owner.failure();
    if (owner->isNull())
        return Failure{tr("The attachment is no longer in the journal.")};
    if (auto removed = sql::run(m_db, QStringLiteral("DELETE FROM reflection_attachment WHERE id = :id"),
                                {{QStringLiteral("id"), attachmentId}});
        !removed)
        return removed.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (m_changes)
        m_changes->attachmentsChangedOf(owner->toString());
    return {};
}

} // namespace myfyrio
