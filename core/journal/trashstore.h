#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace myfyrio {

class Database;
class JournalChanges;

/// A reflection waiting in the trash.
struct TrashItem {
    QString id;           ///< the trash item's own id
    QString reflectionId; ///< the id the reflection had (and gets back when restored)
    QString title;
    QDate date;        ///< the day the reflection was about (invalid when the stored one was)
    QDateTime deleted; ///< UTC
};

/// The trash: reflections deleted from the journal, kept whole until they are
/// restored (ReflectionStore::restoreFromTrash) or deleted for good here.
/// Items older than keepDays are removed by purgeOlderThan, which the app calls
/// only after a backup.
class TrashStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::TrashStore)

public:
    static constexpr int keepDays = 30;

    explicit TrashStore(const Database& database);

    /// Newest first.
    Expected<QVector<TrashItem>> list() const;
    Expected<int> count() const;
    /// The item with this id, or the newest item of the reflection with this id.
    Expected<std::optional<TrashItem>> find(const QString& idOrReflectionId) const;
    /// Deletes one item for good.
    Expected<void> purge(const QString& trashId) const;
    /// Deletes every item for good; returns how many.
    Expected<int> empty() const;
    /// Deletes the items put in the trash before `cutoff` (UTC); returns how many.
    Expected<int> purgeOlderThan(const QDateTime& cutoff) const;

private:
    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr;
};

} // namespace myfyrio
