#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

namespace {

// The text of a reflection's tags and answers, in a fixed order (by tag id, by
// prompt code), with optional changes: FTS5 must be told the exact values an
// entry was indexed with in order to take it out again.
QString tagsOf(const QString& reflectionId, const QString& extra = {})
{
    return QStringLiteral("coalesce((SELECT group_concat(name, ' ') FROM (SELECT t.name, rt.tag_id AS k"
                          " FROM reflection_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.reflection_id = %1%2"
                          " ORDER BY k)), '')")
        .arg(reflectionId, extra);
}

QString answersOf(const QString& reflectionId, const QString& extra = {},
                  const QString& text = QStringLiteral("a.text"))
{
    return QStringLiteral("coalesce((SELECT group_concat(v, ' ') FROM (SELECT %3 AS v, a.prompt_code AS k"
                          " FROM reflection_answer a WHERE a.reflection_id = %1%2 ORDER BY k)), '')")
        .arg(reflectionId, extra, text);
}

QString seqOf(const QString& row)
{
    return QStringLiteral("(SELECT seq FROM reflection WHERE id = %1.reflection_id)").arg(row);
}

/// Takes an entry out of the index with the values it was indexed with.
QString forget(const QString& seq, const QString& title, const QString& body, const QString& tags,
               const QString& answers)
{
    return QStringLiteral("INSERT INTO reflection_fts (reflection_fts, rowid, title, body, tags, answers)"
                          " SELECT 'delete', r.seq, %2, %3, %4, %5 FROM reflection r WHERE r.seq = %1;")
        .arg(seq, title, body, tags, answers);
}

/// Puts an entry (back) in the index from what the reflection holds now.
QString index(const QString& seq)
{
    return QStringLiteral("INSERT INTO reflection_fts (rowid, title, body, tags, answers)"
                          " SELECT seq, title, body, tags, answers FROM reflection_search WHERE seq = %1;")
        .arg(seq);
}

QString trigger(const QString& name, const QString& when, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3 END").arg(name, when, body);
}

} // namespace

Migration v006ExternalSearch()
{
    const QString title = QStringLiteral("r.title");
    const QString body = QStringLiteral("r.body");
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("A search index that keeps no second copy of the text");
    m.statements = {
        QStringLiteral("DROP TRIGGER reflection_fts_insert"),
        QStringLiteral("DROP TRIGGER reflection_fts_update"),
        QStringLiteral("DROP TRIGGER reflection_fts_delete"),
        QStringLiteral("DROP TRIGGER reflection_tag_fts_insert"),
        QStringLiteral("DROP TRIGGER reflection_tag_fts_delete"),
        QStringLiteral("DROP TRIGGER reflection_answer_fts_insert"),
        QStringLiteral("DROP TRIGGER reflection_answer_fts_update"),
        QStringLiteral("DROP TRIGGER reflection_answer_fts_delete"),
        QStringLiteral("DROP TABLE reflection_fts"),
        // What the index is made from: a reflection's text with its tags and
        // answers. The index reads it from here (content=), so the text is
        // stored once, in the tables it belongs to.
        QStringLiteral("CREATE VIEW reflection_search (seq, title, body, tags, answers) AS SELECT r.seq, r.title,"
                       " r.body, ")
            + tagsOf(QStringLiteral("r.id")) + QStringLiteral(", ") + answersOf(QStringLiteral("r.id"))
            + QStringLiteral(" FROM reflection r"),
        QStringLiteral("CREATE VIRTUAL TABLE reflection_fts USING fts5(title, body, tags, answers,"
                       " content = 'reflection_search', content_rowid = 'seq',"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO reflection_fts (reflection_fts) VALUES ('rebuild')"),
        // Each change fires one trigger, which takes the entry out with the old
        // values and puts it back with the new ones. Only AFTER triggers on the
        // tag and answer tables, so an upsert or an ignored insert never
        // takes an entry out without putting it back.
        trigger(QStringLiteral("reflection_search_insert"), QStringLiteral("AFTER INSERT ON reflection"),
                index(QStringLiteral("new.seq"))),
        trigger(QStringLiteral("reflection_search_update"), QStringLiteral("AFTER UPDATE OF title, body ON reflection"),
                forget(QStringLiteral("old.seq"), QStringLiteral("old.title"), QStringLiteral("old.body"),
                       tagsOf(QStringLiteral("old.id")), answersOf(QStringLiteral("old.id")))
                    + index(QStringLiteral("new.seq"))),
        // Before the delete, while the tags and answers are still there; their
        // own triggers then find no reflection and do nothing.
        trigger(QStringLiteral("reflection_search_delete"), QStringLiteral("BEFORE DELETE ON reflection"),
                forget(QStringLiteral("old.seq"), title, body, tagsOf(QStringLiteral("r.id")),
                       answersOf(QStringLiteral("r.id")))),
        trigger(QStringLiteral("reflection_tag_search_insert"), QStringLiteral("AFTER INSERT ON reflection_tag"),
                forget(seqOf(QStringLiteral("new")), title, body,
                       tagsOf(QStringLiteral("r.id"), QStringLiteral(" AND rt.tag_id <> new.tag_id")),
                       answersOf(QStringLiteral("r.id")))
                    + index(seqOf(QStringLiteral("new")))),
        trigger(QStringLiteral("reflection_tag_search_delete"), QStringLiteral("AFTER DELETE ON reflection_tag"),
                forget(seqOf(QStringLiteral("old")), title, body,
                       tagsOf(QStringLiteral("r.id"), QStringLiteral(" UNION ALL SELECT t.name, t.id FROM tag t"
                                                                     " WHERE t.id = old.tag_id")),
                       answersOf(QStringLiteral("r.id")))
                    + index(seqOf(QStringLiteral("old")))),
        trigger(QStringLiteral("reflection_answer_search_insert"), QStringLiteral("AFTER INSERT ON reflection_answer"),
                forget(seqOf(QStringLiteral("new")), title, body, tagsOf(QStringLiteral("r.id")),
                       answersOf(QStringLiteral("r.id"), QStringLiteral(" AND a.prompt_code <> new.prompt_code")))
                    + index(seqOf(QStringLiteral("new")))),
        trigger(QStringLiteral("reflection_answer_search_update"),
                QStringLiteral("AFTER UPDATE OF text ON reflection_answer"),
                forget(seqOf(QStringLiteral("new")), title, body, tagsOf(QStringLiteral("r.id")),
                       answersOf(QStringLiteral("r.id"), {},
                                 QStringLiteral("CASE WHEN a.prompt_code = old.prompt_code THEN old.text"
                                                " ELSE a.text END")))
                    + index(seqOf(QStringLiteral("new")))),
        trigger(QStringLiteral("reflection_answer_search_delete"), QStringLiteral("AFTER DELETE ON reflection_answer"),
                forget(seqOf(QStringLiteral("old")), title, body, tagsOf(QStringLiteral("r.id")),
                       answersOf(QStringLiteral("r.id"), QStringLiteral(" UNION ALL SELECT old.text, old.prompt_code")))
                    + index(seqOf(QStringLiteral("old")))),
    };
    return m;
}

} // namespace myfyrio::schema
