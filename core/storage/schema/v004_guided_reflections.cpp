#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

namespace {

// The answers of a reflection, joined for the search index.
const char* const answersOf = "(SELECT group_concat(a.text, ' ') FROM reflection_answer a"
                              " WHERE a.reflection_id = %1)";

QString answersText(const QString& reflectionIdExpression)
{
    return QString::fromLatin1(answersOf).arg(reflectionIdExpression);
}

QString answersTrigger(const QString& name, const QString& event, const QString& row)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON reflection_answer BEGIN"
                          " UPDATE reflection_fts SET answers = coalesce(%3, '')"
                          " WHERE rowid = (SELECT seq FROM reflection WHERE id = %4.reflection_id);"
                          " END")
        .arg(name, event, answersText(row + QStringLiteral(".reflection_id")), row);
}

} // namespace

Migration v004GuidedReflections()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("Reflective models, answers, system scale, actions and resurfacing");
    m.statements = {
        QStringLiteral("ALTER TABLE reflection ADD COLUMN model TEXT NOT NULL DEFAULT 'free'"),
        QStringLiteral("ALTER TABLE reflection ADD COLUMN scale TEXT"
                       " CHECK (scale IS NULL OR scale IN ('person', 'organisation', 'place', 'country'))"),
        QStringLiteral("ALTER TABLE reflection ADD COLUMN dont_resurface INTEGER NOT NULL DEFAULT 0"
                       " CHECK (dont_resurface IN (0, 1))"),
        QStringLiteral("CREATE INDEX reflection_by_model ON reflection (model)"),
        QStringLiteral("CREATE TABLE reflection_answer ("
                       " reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,"
                       " prompt_code TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " PRIMARY KEY (reflection_id, prompt_code))"),
        // The writer's own models; the definition is the JSON shape of resources/models/*.json.
        QStringLiteral("CREATE TABLE reflective_model ("
                       " id TEXT NOT NULL UNIQUE,"
                       " code TEXT PRIMARY KEY,"
                       " definition TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER reflective_model_in_use BEFORE DELETE ON reflective_model"
                       " WHEN EXISTS (SELECT 1 FROM reflection WHERE model = old.code) BEGIN"
                       " SELECT RAISE(ABORT, 'reflective model in use');"
                       " END"),
        QStringLiteral("CREATE TABLE reflection_action ("
                       " id TEXT PRIMARY KEY,"
                       " reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " text TEXT NOT NULL,"
                       " due_date TEXT CHECK (due_date IS NULL"
                       "  OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
                       " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                       " done_at TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX reflection_action_by_reflection ON reflection_action (reflection_id, position)"),
        QStringLiteral("CREATE INDEX reflection_action_by_due ON reflection_action (done, due_date)"),
        // The search index gains the answers: rebuilt with the extra column.
        QStringLiteral("DROP TRIGGER reflection_fts_insert"),
        QStringLiteral("DROP TRIGGER reflection_fts_update"),
        QStringLiteral("DROP TRIGGER reflection_fts_delete"),
        QStringLiteral("DROP TRIGGER reflection_tag_fts_insert"),
        QStringLiteral("DROP TRIGGER reflection_tag_fts_delete"),
        QStringLiteral("DROP TABLE reflection_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE reflection_fts USING fts5("
                       "title, body, tags, answers, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO reflection_fts (rowid, title, body, tags, answers)"
                       " SELECT r.seq, r.title, r.body,"
                       " coalesce((SELECT group_concat(t.name, ' ') FROM reflection_tag rt"
                       "  JOIN tag t ON t.id = rt.tag_id WHERE rt.reflection_id = r.id), ''),"
                       " coalesce(")
            + answersText(QStringLiteral("r.id")) + QStringLiteral(", '') FROM reflection r"),
        QStringLiteral("CREATE TRIGGER reflection_fts_insert AFTER INSERT ON reflection BEGIN"
                       " INSERT INTO reflection_fts (rowid, title, body, tags, answers)"
                       " VALUES (new.seq, new.title, new.body, '', '');"
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
        answersTrigger(QStringLiteral("reflection_answer_fts_insert"), QStringLiteral("INSERT"), QStringLiteral("new")),
        answersTrigger(QStringLiteral("reflection_answer_fts_update"), QStringLiteral("UPDATE"), QStringLiteral("new")),
        answersTrigger(QStringLiteral("reflection_answer_fts_delete"), QStringLiteral("DELETE"), QStringLiteral("old")),
    };
    return m;
}

} // namespace myfyrio::schema
