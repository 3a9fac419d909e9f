#include "app/shell/recentjournals.h"

#include "core/util/appsettings.h"

#include <QFileInfo>

namespace myfyrio {

namespace {

const QString recentKey = QStringLiteral("journals/recent");
const QString lastKey = QStringLiteral("journals/last");

} // namespace

QStringList RecentJournals::list()
{
    QStringList existing;
    const QStringList saved = appSettings()->value(recentKey).toStringList();
    for (const QString& path : saved) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    return existing.mid(0, maximum);
}

void RecentJournals::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = appSettings()->value(recentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    auto settings = appSettings();
    settings->setValue(recentKey, recent.mid(0, maximum));
    settings->setValue(lastKey, absolute);
}

QString RecentJournals::last()
{
    const QString path = appSettings()->value(lastKey).toString();
    return QFileInfo(path).isFile() ? path : QString();
}

void RecentJournals::clear()
{
    auto settings = appSettings();
    settings->remove(recentKey);
    settings->remove(lastKey);
}

} // namespace myfyrio
