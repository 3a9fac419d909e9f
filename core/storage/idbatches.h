#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace myfyrio::sql {

/// Runs `each` over the ids in batches small enough for SQLite's limit on bound
/// values, giving it an "IN (:id0, :id1, …)" list and the values to bind.
/// Stops at the first false.
inline bool forIdBatches(const QStringList& ids, const std::function<bool(const QString&, const QVariantMap&)>& each)
{
    constexpr int batch = 500;
    for (int start = 0; start < ids.size(); start += batch) {
        QStringList holders;
        QVariantMap values;
        for (int i = start; i < qMin(start + batch, int(ids.size())); ++i) {
            const QString name = QStringLiteral("id%1").arg(i - start);
            holders.append(QLatin1Char(':') + name);
            values.insert(name, ids.at(i));
        }
        if (!each(QStringLiteral("(") + holders.join(QStringLiteral(", ")) + QLatin1Char(')'), values))
            return false;
    }
    return true;
}

} // namespace myfyrio::sql
