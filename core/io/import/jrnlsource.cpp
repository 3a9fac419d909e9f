#include "core/io/import/jrnlsource.h"

#include "core/io/import/importtext.h"
#include "core/util/timestamps.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

#include <algorithm>

namespace myfyrio {

Expected<ImportBatch> JrnlSource::readSource(const QString& path, const ImportProgress& progress) const
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return Failure{
            //: %1 is a folder's path.
            tr("“%1” is a folder. Choose the file jrnl wrote with “jrnl --export json”.").arg(ImportText::shown(path))};
    auto bytes = ImportText::readFile(path, ImportText::maxJsonFileBytes, ImportText::shown(path));
    if (!bytes)
        return bytes.failure();
    return readBytes(*bytes, name, progress);
}

Expected<ImportBatch> JrnlSource::readBytes(const QByteArray& bytes, const QString& shownName,
                                            const ImportProgress& progress) const
{
    auto document = ImportText::parseJson(bytes, shownName);
    if (!document)
        return document.failure();
    if (!document->isObject() || !document->object().value(QLatin1String("entries")).isArray())
        //: %1 is a file name.
        return Failure{tr("“%1” is not a jrnl export: it has no list of entries. Make one with "
                          "“jrnl --export json”.")
                           .arg(shownName)};
    const QJsonArray entries = document->object().value(QLatin1String("entries")).toArray();
    const bool shaped = entries.isEmpty() || std::any_of(entries.begin(), entries.end(), [](const QJsonValue& v) {
                            const QJsonObject o = v.toObject();
                            return o.contains(QLatin1String("date"))
                                   && (o.contains(QLatin1String("title")) || o.contains(QLatin1String("body")));
                        });
    if (!shaped)
        //: %1 is a file name.
        return Failure{tr("“%1” is not a jrnl export: its entries have no date and title. Make one with "
                          "“jrnl --export json”.")
                           .arg(shownName)};
    ImportBatch batch;
    const int total = static_cast<int>(entries.size());
    for (int i = 0; i < total; ++i) {
        if (i % 256 == 0) {
            if (progress.cancelled())
                return ImportProgress::cancelledFailure();
            progress.report(i, total);
        }
        const QString where = ImportText::entryOf(shownName, i + 1);
        const QJsonObject object = entries.at(i).toObject();
        if (!entries.at(i).isObject()) {
            batch.skipped.append({where, tr("The entry is not in jrnl's form.")});
            continue;
        }
        const QString dateText = object.value(QLatin1String("date")).toString();
        const QDate date = timestamps::parseIsoDate(dateText);
        if (!date.isValid()) {
            //: %1 is what the file gives as the entry's date.
            batch.skipped.append({where, tr("“%1” is not a date of the form YYYY-MM-DD.").arg(dateText.left(40))});
            continue;
        }
        const QString timeText = object.value(QLatin1String("time")).toString();
        const QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm"));
        ImportedEntry entry;
        entry.source = where;
        Reflection& r = entry.reflection;
        r.language.clear(); // guessed from the text: the source does not say
        r.date = date;
        r.title = object.value(QLatin1String("title")).toString().trimmed();
        r.body = object.value(QLatin1String("body")).toString().trimmed();
        if (r.title.size() > 500) {
            // jrnl ends a title at the first full stop; without one the whole entry can be its title.
            r.body = QString(r.title + QStringLiteral("\n\n") + r.body).trimmed();
            r.title = ImportText::titleFrom(r.title);
        }
        if (time.isValid())
            r.created = QDateTime(date, time).toUTC();
        const QJsonArray tags = object.value(QLatin1String("tags")).toArray();
        for (const QJsonValue& tag : tags) {
            QString text = tag.toString().trimmed();
            if (text.startsWith(QLatin1Char('@')))
                text.remove(0, 1);
            if (!text.isEmpty())
                r.tags << text;
        }
        if (object.value(QLatin1String("starred")).toBool())
            r.tags << ImportText::starredTag();
        r.id = idFor(timestamps::toStorage(date) + QLatin1Char('T') + timeText + QLatin1Char('\n') + r.title);
        batch.entries.append(std::move(entry));
    }
    progress.report(total, total);
    return batch;
}

} // namespace myfyrio
