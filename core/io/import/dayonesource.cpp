#include "core/io/import/dayonesource.h"

#include "core/attachments/attachmentstore.h"
#include "core/io/import/foldermediafiles.h"
#include "core/io/import/importtext.h"
#include "core/io/import/zipmediafiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace myfyrio {

namespace {

bool isJsonName(const QString& name)
{
    return name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !name.startsWith(QLatin1String("__MACOSX"))
           && !QFileInfo(name).fileName().startsWith(QLatin1Char('.'));
}

/// Day One escapes Markdown's punctuation in its export ("Hello\!"); the backslashes are not the writer's.
QString unescaped(const QString& text)
{
    static const QString punctuation = QStringLiteral("\\`*_{}[]()#+-.!>~|");
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() && punctuation.contains(text.at(i + 1))) {
            result += text.at(++i);
            continue;
        }
        result += text.at(i);
    }
    return result;
}

/// A name Day One gives a file (an md5, an identifier, a type): letters, digits, "-" and "_", nothing
/// that could be a path.
bool plainName(const QString& name, qsizetype longest)
{
    if (name.isEmpty() || name.size() > longest)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
               || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

/// The folder a JSON file is in, inside a zip ("" or "export/"): its media are beside it.
QString folderOf(const QString& nameInZip)
{
    return nameInZip.left(nameInZip.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

Expected<ImportBatch> DayOneSource::readSource(const QString& path, const ImportProgress& progress) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return readFolder(path, progress);
    if (!info.exists())
        //: %1 is the path that was given.
        return Failure{tr("There is no file or folder “%1”.").arg(ImportText::shown(path))};
    if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        return readZip(path, progress);
    auto bytes = ImportText::readFile(path, ImportText::maxJsonFileBytes, info.fileName());
    if (!bytes)
        return bytes.failure();
    ImportBatch batch;
    batch.mediaFiles = std::make_shared<FolderMediaFiles>(info.absolutePath());
    if (auto read = readJson(*bytes, info.fileName(), batch, progress); !read)
        return read.failure();
    return batch;
}

Expected<ImportBatch> DayOneSource::readZip(const QString& path, const ImportProgress& progress) const
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).size() > 8LL * 1024 * 1024 * 1024)
        //: %1 is a file name.
        return Failure{tr("“%1” is larger than 8 GB, more than Myfyrio reads.").arg(name)};
    auto archive = ZipArchive::open(path, name);
    if (!archive)
        return archive.failure();
    const auto files = std::make_shared<ZipMediaFiles>(std::move(*archive));
    ImportBatch batch;
    batch.mediaFiles = files;
    int jsonFiles = 0;
    const auto& entries = files->archive().entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (!isJsonName(entries.at(i).name))
            continue;
        ++jsonFiles;
        const QString shown = name + QLatin1Char('/') + entries.at(i).name;
        if (entries.at(i).link) {
            batch.skipped.append({shown, ImportText::mediaLink()});
            continue;
        }
        auto bytes = files->archive().read(i, ImportText::maxJsonFileBytes);
        if (!bytes) {
            batch.skipped.append({shown, bytes.error()});
            continue;
        }
        if (auto read = readJsonIn(*bytes, shown, folderOf(entries.at(i).name), batch, progress); !read) {
            if (progress.cancelled())
                return read.failure();
            batch.skipped.append({shown, read.error()});
        }
    }
    if (jsonFiles == 0)
        //: %1 is the name of a file or folder.
        return Failure{tr("“%1” is not a Day One export: it holds no JSON file such as Journal.json.").arg(name)};
    return batch;
}

Expected<ImportBatch> DayOneSource::readZipBytes(const QByteArray& bytes, const QString& shownName,
                                                 const ImportProgress& progress) const
{
    auto archive = ZipArchive::fromBytes(bytes, shownName);
    if (!archive)
        return archive.failure();
    const auto files = std::make_shared<ZipMediaFiles>(std::move(*archive), bytes);
    ImportBatch batch;
    batch.mediaFiles = files;
    const auto& entries = files->archive().entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (!isJsonName(entries.at(i).name))
            continue;
        if (entries.at(i).link) {
            batch.skipped.append({entries.at(i).name, ImportText::mediaLink()});
            continue;
        }
        auto json = files->archive().read(i, ImportText::maxJsonFileBytes);
        if (!json) {
            batch.skipped.append({entries.at(i).name, json.error()});
            continue;
        }
        if (auto read = readJsonIn(*json, entries.at(i).name, folderOf(entries.at(i).name), batch, progress); !read)
            batch.skipped.append({entries.at(i).name, read.error()});
    }
    return batch;
}

Expected<ImportBatch> DayOneSource::readFolder(const QString& path, const ImportProgress& progress) const
{
    const QFileInfoList files =
        QDir(path).entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.JSON")}, QDir::Files, QDir::Name);
    ImportBatch batch;
    batch.mediaFiles = std::make_shared<FolderMediaFiles>(QFileInfo(path).absoluteFilePath());
    int read = 0;
    for (const QFileInfo& file : files) {
        if (!isJsonName(file.fileName()))
            continue;
        if (file.isSymLink()) {
            batch.skipped.append({file.fileName(), tr("It is a symbolic link, which Myfyrio does not follow.")});
            continue;
        }
        ++read;
        auto bytes = ImportText::readFile(file.filePath(), ImportText::maxJsonFileBytes, file.fileName());
        if (!bytes) {
            batch.skipped.append({file.fileName(), bytes.error()});
            continue;
        }
        if (auto done = readJson(*bytes, file.fileName(), batch, progress); !done) {
            if (progress.cancelled())
                return done.failure();
            batch.skipped.append({file.fileName(), done.error()});
        }
    }
    if (read == 0)
        //: %1 is the name of a file or folder.
        return Failure{tr("“%1” is not a Day One export: it holds no JSON file such as Journal.json.")
                           .arg(ImportText::shown(path))};
    return batch;
}

Expected<void> DayOneSource::readJson(const QByteArray& bytes, const QString& shownName, ImportBatch& batch,
                                      const ImportProgress& progress) const
{
    return readJsonIn(bytes, shownName, QString(), batch, progress);
}

Expected<void> DayOneSource::readJsonIn(const QByteArray& bytes, const QString& shownName, const QString& folder,
                                        ImportBatch& batch, const ImportProgress& progress) const
{
    auto document = ImportText::parseJson(bytes, shownName);
    if (!document)
        return document.failure();
    if (!document->isObject() || !document->object().value(QLatin1String("entries")).isArray())
        //: %1 is a file name.
        return Failure{tr("“%1” is not a Day One export: it has no list of entries.").arg(shownName)};
    const QJsonArray entries = document->object().value(QLatin1String("entries")).toArray();
    const bool shaped = entries.isEmpty() || std::any_of(entries.begin(), entries.end(), [](const QJsonValue& v) {
                            return v.toObject().contains(QLatin1String("creationDate"));
                        });
    if (!shaped)
        //: %1 is a file name.
        return Failure{tr("“%1” is not a Day One export: its entries have no creation dates.").arg(shownName)};
    const int total = static_cast<int>(entries.size());
    for (int i = 0; i < total; ++i) {
        if (i % 256 == 0) {
            if (progress.cancelled())
                return ImportProgress::cancelledFailure();
            progress.report(i, total);
        }
        const QString where = ImportText::entryOf(shownName, i + 1);
        if (!entries.at(i).isObject()) {
            batch.skipped.append({where, tr("The entry is not in Day One's form.")});
            continue;
        }
        readEntry(entries.at(i).toObject(), where, folder, batch);
    }
    progress.report(total, total);
    return {};
}

void DayOneSource::findMedia(const QJsonObject& object, const QString& folder, const ImportMediaFiles* files,
                             ImportedEntry& entry) const
{
    // Day One keeps each kind in a folder of its own beside the JSON: "photos/<md5>.<type>".
    const struct {
        const char* key;
        const char* folder;
        const char* extension;
    } kinds[] = {{"photos", "photos", "jpeg"},
                 {"videos", "videos", "mov"},
                 {"audios", "audios", "m4a"},
                 {"pdfAttachments", "pdfs", "pdf"}};
    QSet<QString> seen;
    for (const auto& kind : kinds) {
        const QJsonArray items = object.value(QLatin1String(kind.key)).toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject file = item.toObject();
            QString name = file.value(QLatin1String("md5")).toString();
            if (name.isEmpty())
                name = file.value(QLatin1String("identifier")).toString();
            if (name.isEmpty())
                continue;
            QString extension = file.value(QLatin1String("type")).toString();
            if (extension.isEmpty())
                extension = file.value(QLatin1String("format")).toString();
            if (extension.isEmpty())
                extension = QLatin1String(kind.extension);
            const QString kindFolder = folder + QLatin1String(kind.folder) + QLatin1Char('/');
            if (!plainName(name, 128) || !plainName(extension, 16)) {
                const QString shown = kindFolder + name.left(64) + QLatin1Char('.') + extension.left(16);
                entry.mediaLeftOut.append(
                    {ImportText::mediaOf(shown, entry.source),
                     tr("Its name in the export is not one Day One gives its files, so it was not looked for.")});
                continue;
            }
            const QString fileName = name + QLatin1Char('.') + extension;
            const QString path = kindFolder + fileName;
            const QString source = ImportText::mediaOf(path, entry.source);
            // An entry that names the same file twice gets it once.
            if (seen.contains(path))
                continue;
            seen.insert(path);
            Expected<ImportedMedia> found =
                files ? files->find(path) : Expected<ImportedMedia>(Failure{ImportText::mediaMissing()});
            if (!found) {
                entry.mediaLeftOut.append({source, found.error()});
                continue;
            }
            if (found->size > AttachmentStore::maximumSize) {
                entry.mediaLeftOut.append({source, AttachmentStore::tooLarge(fileName, found->size)});
                continue;
            }
            found->fileName = fileName;
            found->source = source;
            entry.media.append(*found);
        }
    }
}

void DayOneSource::readEntry(const QJsonObject& object, const QString& where, const QString& folder,
                             ImportBatch& batch) const
{
    const QString created = object.value(QLatin1String("creationDate")).toString();
    const QDateTime time = QDateTime::fromString(created, Qt::ISODate);
    if (!time.isValid()) {
        //: %1 is what the file gives as the time the entry was written.
        batch.skipped.append({where, tr("“%1” is not a date and time Myfyrio can read.").arg(created.left(40))});
        return;
    }
    ImportedEntry entry;
    entry.source = where;
    Reflection& r = entry.reflection;
    r.language.clear(); // guessed from the text: the source does not say
    r.created = time.toUTC();
    const QTimeZone zone(object.value(QLatin1String("timeZone")).toString().toUtf8());
    r.date = zone.isValid() ? time.toTimeZone(zone).date() : time.toUTC().date();

    // Bounded repeats: a long line of "![" must not make the search take time on the square of its length.
    static const QRegularExpression moment(
        QStringLiteral("!\\[[^\\]\\n]{0,500}\\]\\(dayone-moment:[^)\\n]{0,500}\\)\\n?"));
    QString text = object.value(QLatin1String("text")).toString();
    if (text.contains(QLatin1String("dayone-moment:")))
        text.remove(moment);
    text = unescaped(text).trimmed();
    // A first line that is a heading is the entry's title; any other first line stays in the text.
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(end < 0 ? text.size() : end).trimmed();
    r.title = ImportText::titleFrom(first);
    if (first.startsWith(QLatin1Char('#')))
        text = end < 0 ? QString() : text.mid(end + 1).trimmed();
    r.body = text;

    const QJsonArray tags = object.value(QLatin1String("tags")).toArray();
    for (const QJsonValue& tag : tags) {
        if (!tag.toString().trimmed().isEmpty())
            r.tags << tag.toString().trimmed();
    }
    if (object.value(QLatin1String("starred")).toBool())
        r.tags << ImportText::starredTag();
    findMedia(object, folder, batch.mediaFiles.get(), entry);

    const QString uuid = object.value(QLatin1String("uuid")).toString().trimmed().toUpper();
    r.id = idFor(uuid.isEmpty() ? created + QLatin1Char('\n') + r.title : uuid);
    batch.entries.append(std::move(entry));
}

} // namespace myfyrio
