#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
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

    /// Makes the tags of one reflection (`stored` as they are now) into `tags`:
    /// only links that differ are written, and a tag no reflection uses any
    /// longer is removed. Call inside the caller's transaction.
    Expected<void> replaceTags(const QString& reflectionId, const QStringList& stored, const QStringList& tags) const;
    /// Removes the tag (by its folded spelling) when no reflection uses it.
    Expected<void> removeIfUnused(const QString& foldedTag) const;
    /// The tags of one reflection.
    Expected<QStringList> tagsOf(const QString& reflectionId) const;
    /// The tags of many reflections at once, by reflection id.
    Expected<QHash<QString, QStringList>> tagsOf(const QStringList& reflectionIds) const;

    /// Removes every tag that no reflection uses (after bulk changes).
    Expected<void> removeUnused() const;

    /// Trims, drops empties and case-insensitive duplicates, keeping the first spelling.
    static QStringList normalised(const QStringList& tags);
    static QString folded(const QString& tag);

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio
