#include "core/io/import/rednotebooksource.h"

#include "core/io/import/importtext.h"
#include "core/io/import/yamlreader.h"
#include "core/util/timestamps.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace myfyrio {

namespace {

/// The files RedNotebook keeps for one month.
struct MonthFiles {
    QFileInfo main;
    QVector<QFileInfo> leftovers; ///< .new.txt and .old.txt, newest first
};

bool isTagsCategory(const QString& name)
{
    return name.compare(QLatin1String("Tags"), Qt::CaseInsensitive) == 0;
}

/// The entries of a category: the keys of {entry: null}, or the items of a list, or one value.
QStringList categoryEntries(const YamlNode& value)
{
    QStringList entries;
    if (value.isMapping()) {
        for (qsizetype i = 0; i < value.pairs(); ++i) {
            if (value.keyAt(i).isScalar())
                entries << value.keyAt(i).text.trimmed();
        }
    } else if (value.isSequence()) {
        for (const YamlNode& item : value.children) {
            if (item.isScalar())
                entries << item.text.trimmed();
        }
    } else if (value.isScalar()) {
        entries << value.text.trimmed();
    }
    entries.removeAll(QString());
    return entries;
}

} // namespace

Expected<ImportBatch> RedNotebookSource::readSource(const QString& path, const ImportProgress& progress) const
{
    const QFileInfo folder(path);
    if (!folder.isDir())
        //: %1 is the path that was given.
        return Failure{tr("“%1” is not a folder. Choose RedNotebook's journal folder, which holds files named "
                          "like 2024-03.txt (usually ~/.rednotebook/data).")
                           .arg(ImportText::shown(path))};
    static const QRegularExpression monthName(QStringLiteral("^(\\d{4})-(\\d{2})(\\.new|\\.old)?\\.txt$"));
    ImportBatch batch;
    QMap<QString, MonthFiles> months; // "2024-03" → its files, in calendar order
    const QFileInfoList files = QDir(path).entryInfoList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = monthName.match(file.fileName());
        if (!match.hasMatch())
            continue;
        if (file.isSymLink()) {
            batch.skipped.append({file.fileName(), tr("It is a symbolic link, which Myfyrio does not follow.")});
            continue;
        }
        const int month = match.captured(2).toInt();
        if (month < 1 || month > 12) {
            //: %1 is the number in the file's name where a month (1 to 12) should be.
            batch.skipped.append({file.fileName(), tr("The file is not named after a month: %1 is not a month "
                                                      "of the year.")
                                                       .arg(match.captured(2))});
            continue;
        }
        MonthFiles& entry = months[match.captured(1) + QLatin1Char('-') + match.captured(2)];
        if (match.captured(3).isEmpty())
            entry.main = file;
        else
            entry.leftovers.append(file);
    }
    if (months.isEmpty() && batch.skipped.isEmpty())
        return Failure{
            //: %1 is a folder's path.
            tr("“%1” holds no RedNotebook month files (named like 2024-03.txt).").arg(ImportText::shown(path))};

    int done = 0;
    const int total = static_cast<int>(months.size());
    for (auto it = months.begin(); it != months.end(); ++it) {
        if (progress.cancelled())
            return ImportProgress::cancelledFailure();
        progress.report(done++, total);
        const int year = it.key().left(4).toInt();
        const int month = it.key().mid(5, 2).toInt();
        MonthFiles& found = it.value();
        if (found.main.exists()) {
            const QString name = found.main.fileName();
            auto bytes = ImportText::readFile(found.main.filePath(), ImportText::maxTextFileBytes, name);
            if (!bytes) {
                batch.skipped.append({name, bytes.error()});
                continue;
            }
            if (auto read = readMonth(*bytes, year, month, name, batch); !read)
                batch.skipped.append({name, read.error()});
            continue;
        }
        // The month file is missing: the newest leftover that reads wins (".new" before ".old" when as new).
        std::stable_sort(found.leftovers.begin(), found.leftovers.end(), [](const QFileInfo& a, const QFileInfo& b) {
            if (a.lastModified() != b.lastModified())
                return a.lastModified() > b.lastModified();
            return a.fileName().contains(QLatin1String(".new")) && !b.fileName().contains(QLatin1String(".new"));
        });
        const QString expected = it.key() + QStringLiteral(".txt");
        bool monthRead = false;
        for (const QFileInfo& leftover : std::as_const(found.leftovers)) {
            const QString name = leftover.fileName();
            if (monthRead) {
                //: %1 is a file name such as 2024-03.old.txt.
                batch.warnings.append(tr("“%1” was not read, because a newer copy of its month was.").arg(name));
                continue;
            }
            auto bytes = ImportText::readFile(leftover.filePath(), ImportText::maxTextFileBytes, name);
            ImportBatch days;
            const Expected<void> parsed = bytes ? readMonth(*bytes, year, month, name, days) : bytes.failure();
            if (!parsed) {
                batch.skipped.append({name, parsed.error()});
                continue;
            }
            monthRead = true;
            batch.entries.append(days.entries);
            batch.skipped.append(days.skipped);
            //: %1 is a month such as 2024-03, %2 the file it was read from, %3 the month file that is missing.
            batch.warnings.append(tr("The month %1 was read from “%2”, because “%3” is missing (RedNotebook "
                                     "can leave a month so after a crash while saving).")
                                      .arg(it.key(), name, expected));
        }
    }
    progress.report(total, total);
    return batch;
}

Expected<void> RedNotebookSource::readMonth(const QByteArray& bytes, int year, int month, const QString& shownName,
                                            ImportBatch& batch) const
{
    auto root = YamlReader::parse(bytes, shownName);
    if (!root)
        return root.failure();
    if (root->isNull())
        return {}; // an empty month
    if (!root->isMapping())
        //: %1 is a file name.
        return Failure{tr("“%1” is not a RedNotebook month: it does not list days.").arg(shownName)};
    for (qsizetype i = 0; i < root->pairs(); ++i)
        readDay(root->keyAt(i), root->valueAt(i), year, month, shownName, batch);
    return {};
}

void RedNotebookSource::readDay(const YamlNode& key, const YamlNode& value, int year, int month,
                                const QString& shownName, ImportBatch& batch) const
{
    const QString where = ImportText::at(shownName, key.line);
    bool isNumber = false;
    const int day = key.isScalar() ? key.text.trimmed().toInt(&isNumber) : 0;
    const QDate date = isNumber ? QDate(year, month, day) : QDate();
    if (!date.isValid()) {
        //: %1 is what the file gives as the day of the month, %2 the month, such as 2024-03.
        batch.skipped.append(
            {where,
             tr("“%1” is not a day of the month %2.")
                 .arg(key.isScalar() ? key.text.left(40) : QStringLiteral("…"),
                      QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')))});
        return;
    }
    if (value.isNull())
        return; // a day RedNotebook keeps without anything in it
    if (!value.isMapping()) {
        batch.skipped.append({where, tr("The day is not in RedNotebook's form (a text and categories).")});
        return;
    }
    ImportedEntry entry;
    entry.source = where;
    Reflection& r = entry.reflection;
    r.language.clear(); // guessed from the text: the source does not say
    r.date = date;
    QStringList categoryLines;
    for (qsizetype i = 0; i < value.pairs(); ++i) {
        const YamlNode& name = value.keyAt(i);
        const YamlNode& content = value.valueAt(i);
        if (!name.isScalar())
            continue;
        if (name.text == QLatin1String("text")) {
            if (content.tooLong) {
                batch.skipped.append({where, ImportText::tooLong()});
                return;
            }
            if (content.isScalar())
                r.body = content.text;
            continue;
        }
        const QString category = name.text.trimmed();
        const QStringList entries = categoryEntries(content);
        if (isTagsCategory(category)) {
            r.tags << entries;
            continue;
        }
        r.tags << category;
        if (!entries.isEmpty()) {
            categoryLines << category;
            for (const QString& line : entries)
                categoryLines << QStringLiteral("- ") + line;
            categoryLines << QString();
        }
    }
    r.body = r.body.trimmed();
    if (!categoryLines.isEmpty())
        r.body +=
            (r.body.isEmpty() ? QString() : QStringLiteral("\n\n")) + categoryLines.join(QLatin1Char('\n')).trimmed();
    if (r.body.isEmpty() && r.tags.isEmpty())
        return; // nothing was written that day
    r.title = ImportText::titleFrom(r.body);
    if (r.title.isEmpty())
        r.title = r.tags.join(QStringLiteral(", "));
    r.id = idFor(timestamps::toStorage(date));
    batch.entries.append(std::move(entry));
}

} // namespace myfyrio
