#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

Migration v005RevisionTrash()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("Revisions of reflections, and the trash");
    m.statements = {
        // Counts the writes of a reflection, so that a save from a copy that has
        // not seen the latest one is noticed and never overwrites it blindly.
        QStringLiteral("ALTER TABLE reflection ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
        // A reflection in the trash: every row it had (its own and those of the
        // tables that refer to it) kept as CBOR, so that restoring it brings
        // back exactly what was deleted, whatever tables later versions add.
        QStringLiteral("CREATE TABLE reflection_trash ("
                       " id TEXT PRIMARY KEY,"
                       " reflection_id TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " entry_date TEXT NOT NULL DEFAULT '',"
                       " deleted_at TEXT NOT NULL,"
                       " snapshot BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX reflection_trash_by_time ON reflection_trash (deleted_at)"),
    };
    return m;
}

} // namespace myfyrio::schema
