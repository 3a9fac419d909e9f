#include "core/backup/backupschedule.h"

#include "core/backup/backupname.h"
#include "core/storage/journalfile.h"
#include "core/storage/migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace myfyrio {

QVector<int> BackupSchedule::toRemove(const QVector<QDateTime>& created, const QDateTime& now)
{
    QVector<int> order(created.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&created](int a, int b) { return created[a] > created[b]; });

    const QDateTime utcNow = now.toUTC();
    const QDateTime recentFrom = utcNow.addDays(-recentDays);
    const QDateTime dailyFrom = recentFrom.addDays(-dailyDays);
    const QDateTime weeklyFrom = dailyFrom.addDays(-7 * weeklyWeeks);
    const QDateTime monthlyFrom = weeklyFrom.addMonths(-monthlyMonths);

    QSet<QString> days;
    QSet<QString> weeks;
    QSet<QString> months;
    QSet<int> years;
    QVector<int> remove;
    for (int position = 0; position < order.size(); ++position) {
        const int index = order[position];
        const QDateTime when = created[index].toUTC();
        const QDate date = when.date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const QString day = date.toString(Qt::ISODate);
        const QString weekKey = QStringLiteral("%1-%2").arg(weekYear).arg(week);
        const QString month = date.toString(QStringLiteral("yyyy-MM"));

        bool keep = position == 0 || when >= recentFrom;
        if (!keep && when >= dailyFrom)
            keep = !days.contains(day);
        else if (!keep && when >= weeklyFrom)
            keep = !weeks.contains(weekKey);
        else if (!keep && when >= monthlyFrom)
            keep = !months.contains(month);
        // The newest backup of every year is kept for good.
        if (!keep)
            keep = !years.contains(date.year());
        days.insert(day);
        weeks.insert(weekKey);
        months.insert(month);
        years.insert(date.year());
        if (!keep)
            remove.append(index);
    }
    return remove;
}

int BackupSchedule::thin(const QString& journalPath, const QDateTime& now)
{
    const QDir folder(BackupName::folderFor(journalPath));
    QStringList files;
    QVector<QDateTime> created;
    const QFileInfoList entries = folder.entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const auto name = BackupName::parse(journalPath, entry.fileName());
        if (!name || entry.isSymLink() || !entry.isFile())
            continue;
        // Only a file that holds a Myfyrio journal is one of ours.
        const auto applicationId = JournalFile::applicationId(entry.absoluteFilePath());
        if (!applicationId || *applicationId != journalApplicationId)
            continue;
        files << entry.absoluteFilePath();
        created << name->created;
    }
    int removed = 0;
    for (const int index : toRemove(created, now)) {
        if (QFile::remove(files[index]))
            ++removed;
    }
    return removed;
}

} // namespace myfyrio
