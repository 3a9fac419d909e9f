#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

Migration v007Portfolio()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("CPD records of reflections and evidence attachments");
    m.statements = {
        // One row a reflection that counts as CPD. Hours in quarters, so that
        // totals are exact; the standard is a code of core/cpd/cpdcatalog.h.
        QStringLiteral("CREATE TABLE reflection_cpd ("
                       " reflection_id TEXT PRIMARY KEY REFERENCES reflection (id) ON DELETE CASCADE,"
                       " activity_type TEXT NOT NULL CHECK (activity_type IN ('course', 'reading', 'supervision',"
                       "  'peer_discussion', 'practice', 'other')),"
                       " quarter_hours INTEGER NOT NULL DEFAULT 0 CHECK (quarter_hours BETWEEN 0 AND 4000),"
                       " participatory INTEGER NOT NULL DEFAULT 0 CHECK (participatory IN (0, 1)),"
                       " peer INTEGER NOT NULL DEFAULT 0 CHECK (peer IN (0, 1)),"
                       " standard TEXT NOT NULL DEFAULT '')"),
        // Evidence files, kept inside the journal so that one file (and every
        // backup of it) holds everything. The bytes come last in the row, so
        // that listing the others never reads them.
        QStringLiteral("CREATE TABLE reflection_attachment ("
                       " id TEXT PRIMARY KEY,"
                       " reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),"
                       " media_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 26214400),"
                       " sha256 TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " data BLOB NOT NULL CHECK (length(data) = size))"),
        QStringLiteral("CREATE INDEX reflection_attachment_by_reflection"
                       " ON reflection_attachment (reflection_id, created_at)"),
    };
    return m;
}

} // namespace myfyrio::schema
