#include "core/io/import/importpreview.h"

#include "core/journal/tagstore.h"
#include "core/util/collation.h"

#include <QHash>

#include <algorithm>

namespace myfyrio {

ImportPreview ImportPreview::of(const ImportBatch& batch, const QSet<QString>& existingIds)
{
    ImportPreview preview;
    preview.entries = static_cast<int>(batch.entries.size());
    preview.existing = batch.duplicates;
    preview.skipped = batch.skipped;
    preview.warnings = batch.warnings;

    QHash<QString, int> tagCounts; // folded → count
    QHash<QString, QString> spelling;
    QVector<int> order;
    order.reserve(batch.entries.size());
    for (int i = 0; i < batch.entries.size(); ++i) {
        const Reflection& r = batch.entries.at(i).reflection;
        order.append(i);
        if (existingIds.contains(r.id)) {
            ++preview.existing;
        } else {
            ++preview.toAdd;
            preview.toAttach += static_cast<int>(batch.entries.at(i).media.size());
            preview.mediaLeftOut += batch.entries.at(i).mediaLeftOut;
        }
        if (!preview.first.isValid() || r.date < preview.first)
            preview.first = r.date;
        if (!preview.last.isValid() || r.date > preview.last)
            preview.last = r.date;
        (r.language == QLatin1String("cy") ? preview.welsh : preview.english) += 1;
        for (const QString& tag : TagStore::normalised(r.tags)) {
            const QString key = TagStore::folded(tag);
            if (!spelling.contains(key))
                spelling.insert(key, tag);
            ++tagCounts[key];
        }
    }
    const QStringList names = sortedForDisplay(spelling.values());
    for (const QString& name : names)
        preview.tags.append({name, tagCounts.value(TagStore::folded(name))});

    std::stable_sort(order.begin(), order.end(), [&batch](int a, int b) {
        return batch.entries.at(a).reflection.date < batch.entries.at(b).reflection.date;
    });
    const int count = static_cast<int>(order.size());
    const int samples = std::min(count, sampleSize);
    for (int k = 0; k < samples; ++k) {
        const int index = samples == 1 ? 0 : k * (count - 1) / (samples - 1);
        preview.sampleTitles << batch.entries.at(order.at(index)).reflection.title;
    }
    return preview;
}

} // namespace myfyrio
