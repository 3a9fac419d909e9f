#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace myfyrio {

/// The full-text index of reflections (reflection_fts, schema v6): an FTS5
/// table with external content (the view reflection_search), so the text is
/// stored once. Triggers keep it up to date, one per change.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SearchIndex)

public:
    /// Compares the index with the reflections it was made from.
    static Expected<void> check(const QSqlDatabase& db);
    /// Makes the index again from the reflections.
    static Expected<void> rebuild(const QSqlDatabase& db);

    /// Many rows written at once (an import, a restore of a backup): the
    /// per-row triggers are set aside for the duration and the index is brought
    /// up to date once, at finish(). Use inside the caller's transaction, so
    /// that a failure brings the triggers back with everything else.
    ///
    /// New reflections need nothing more. Before changing the title, body, tags
    /// or answers of a reflection that was already there, or deleting it, call
    /// willChange(id).
    class BulkLoad
    {
    public:
        explicit BulkLoad(QSqlDatabase db);
        ~BulkLoad();
        BulkLoad(const BulkLoad&) = delete;
        BulkLoad& operator=(const BulkLoad&) = delete;

        Expected<void> begin();
        Expected<void> willChange(const QString& reflectionId);
        /// Puts the triggers back and indexes what was written. Call before commit.
        Expected<void> finish();

    private:
        QSqlDatabase m_db;
        QStringList m_triggers; ///< their CREATE statements, as the schema has them
        QStringList m_changed;  ///< reflections already there that the load changes
        qint64 m_lastSeq = 0;
        bool m_active = false;
    };
};

} // namespace myfyrio
