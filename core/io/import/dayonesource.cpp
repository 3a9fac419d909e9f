#include "core/io/import/dayonesource.h"

#include "core/io/import/importtext.h"
#include "core/io/import/ziparchive.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
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

/// The media an entry names: "photos/<md5>.jpeg" as Day One lays them out in its export.
void collectMedia(const QJsonObject& object, QStringList& media)
{
    const struct {
        const char* key;
        const char* folder;
        const char* extension;
    } kinds[] = {{"photos", "photos", "jpeg"},
                 {"videos", "videos", "mov"},
                 {"audios", "audios", "m4a"},
                 {"pdfAttachments", "pdfs", "pdf"}};
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
            media << QLatin1String(kind.folder) + QLatin1Char('/') + name.left(64) + QLatin1Char('.')
                         + extension.left(8);
        }
    }
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
    ImportBatch batch;
    int jsonFiles = 0;
    const auto& entries = (*archive)->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (!isJsonName(entries.at(i).name))
            continue;
        ++jsonFiles;
        const QString shown = name + QLatin1Char('/') + entries.at(i).name;
        auto bytes = (*archive)->read(i, ImportText::maxJsonFileBytes);
        if (!bytes) {
            batch.skipped.append({shown, bytes.error()});
            continue;
        }
        if (auto read = readJson(*bytes, shown, batch, progress); !read) {
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
    ImportBatch batch;
    const auto& entries = (*archive)->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (!isJsonName(entries.at(i).name))
            continue;
        auto json = (*archive)->read(i, ImportText::maxJsonFileBytes);
        if (!json) {
            batch.skipped.append({entries.at(i).name, json.error()});
            continue;
        }
        if (auto read = readJson(*json, entries.at(i).name, batch, progress); !read)
            batch.skipped.append({entries.at(i).name, read.error()});
    }
    return batch;
}

Expected<ImportBatch> DayOneSource::readFolder(const QString& path, const ImportProgress& progress) const
{
    const QFileInfoList files =
        QDir(path).entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.JSON")}, QDir::Files, QDir::Name);
    ImportBatch batch;
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
        readEntry(entries.at(i).toObject(), where, batch);
    }
    progress.report(total, total);
    return {};
}

void DayOneSource::readEntry(const QJsonObject& object, const QString& where, ImportBatch& batch) const
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
    collectMedia(object, batch.mediaNotImported);

    const QString uuid = object.value(QLatin1String("uuid")).toString().trimmed().toUpper();
    r.id = idFor(uuid.isEmpty() ? created + QLatin1Char('\n') + r.title : uuid);
    batch.entries.append(std::move(entry));
}

} // namespace myfyrio
