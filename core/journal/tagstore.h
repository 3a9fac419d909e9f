#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace myfyrio {

class Database;

/// Tags are unique ignoring case: "Safeguarding" and "safeguarding" are one tag,
/// spelled as it was first written.
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::TagStore)

public:
    explicit TagStore(const Database& database);
    explicit TagStore(QSqlDatabase db);

    /// Every tag in use, in no particular order (sort with sortedForDisplay()).
    Expected<QStringList> all() const;

    /// Replaces the tags of one reflection. Call inside the caller's transaction.
    Expected<void> setTags(const QString& reflectionId, const QStringList& tags) const;

    /// The tags of one reflection.
    Expected<QStringList> tagsOf(const QString& reflectionId) const;

    /// Removes tags that no reflection uses any longer.
    Expected<void> removeUnused() const;

    /// Trims, drops empties and case-insensitive duplicates, keeping the first spelling.
    static QStringList normalised(const QStringList& tags);
    static QString folded(const QString& tag);

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio
