#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

Migration v001Journal()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("Reflections, tags and full-text search");
    m.statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(journalApplicationId),
        // seq is the stable rowid the search index refers to; id is the stable
        // identity used for merge, exchange and import.
        QStringLiteral("CREATE TABLE reflection ("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " entry_date TEXT NOT NULL"
                       "  CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " body TEXT NOT NULL DEFAULT '',"
                       " lang TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('cy', 'en')),"
                       " bring_to_supervision INTEGER NOT NULL DEFAULT 0"
                       "  CHECK (bring_to_supervision IN (0, 1)))"),
        QStringLiteral("CREATE INDEX reflection_by_date ON reflection (entry_date DESC, created_at DESC)"),
        QStringLiteral("CREATE TABLE tag ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " folded TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE reflection_tag ("
                       " reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,"
                       " tag_id TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (reflection_id, tag_id))"),
        QStringLiteral("CREATE INDEX reflection_tag_by_tag ON reflection_tag (tag_id)"),
        QStringLiteral("CREATE VIRTUAL TABLE reflection_fts USING fts5("
                       "title, body, tags, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER reflection_fts_insert AFTER INSERT ON reflection BEGIN"
                       " INSERT INTO reflection_fts (rowid, title, body, tags)"
                       " VALUES (new.seq, new.title, new.body, '');"
                       " END"),
        QStringLiteral("CREATE TRIGGER reflection_fts_update AFTER UPDATE OF title, body ON reflection BEGIN"
                       " UPDATE reflection_fts SET title = new.title, body = new.body WHERE rowid = new.seq;"
                       " END"),
        QStringLiteral("CREATE TRIGGER reflection_fts_delete AFTER DELETE ON reflection BEGIN"
                       " DELETE FROM reflection_fts WHERE rowid = old.seq;"
                       " END"),
        QStringLiteral("CREATE TRIGGER reflection_tag_fts_insert AFTER INSERT ON reflection_tag BEGIN"
                       " UPDATE reflection_fts SET tags = (SELECT group_concat(t.name, ' ')"
                       "  FROM reflection_tag rt JOIN tag t ON t.id = rt.tag_id"
                       "  WHERE rt.reflection_id = new.reflection_id)"
                       " WHERE rowid = (SELECT seq FROM reflection WHERE id = new.reflection_id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER reflection_tag_fts_delete AFTER DELETE ON reflection_tag BEGIN"
                       " UPDATE reflection_fts SET tags = coalesce((SELECT group_concat(t.name, ' ')"
                       "  FROM reflection_tag rt JOIN tag t ON t.id = rt.tag_id"
                       "  WHERE rt.reflection_id = old.reflection_id), '')"
                       " WHERE rowid = (SELECT seq FROM reflection WHERE id = old.reflection_id);"
                       " END"),
    };
    return m;
}

} // namespace myfyrio::schema
