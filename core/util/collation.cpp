#include "core/util/collation.h"

#include <QCollator>

#include <algorithm>

namespace myfyrio {

QStringList sortedForDisplay(QStringList items, const QLocale& locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(items.begin(), items.end(),
                     [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return items;
}

} // namespace myfyrio
