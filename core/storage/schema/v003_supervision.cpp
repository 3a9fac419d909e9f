#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

Migration v003Supervision()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("Supervision agreements, their versions and signatures, and sessions");
    m.statements = {
        // The journal's owner is one of the two parties (owner_role).
        QStringLiteral("CREATE TABLE supervision_agreement ("
                       " id TEXT PRIMARY KEY,"
                       " owner_role TEXT NOT NULL CHECK (owner_role IN ('supervisor', 'supervisee')),"
                       " ended_on TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        // content: the thirteen sections as canonical JSON (codes, ISO dates, NFC text).
        // synced_hash: the content's hash when it last crossed to or from another machine.
        QStringLiteral("CREATE TABLE supervision_agreement_version ("
                       " id TEXT PRIMARY KEY,"
                       " agreement_id TEXT NOT NULL REFERENCES supervision_agreement (id) ON DELETE CASCADE,"
                       " parent_id TEXT NOT NULL DEFAULT '',"
                       " number INTEGER NOT NULL,"
                       " content TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL DEFAULT '',"
                       " synced_hash TEXT NOT NULL DEFAULT '',"
                       " origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'imported', 'diverged')),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (agreement_id, number))"),
        QStringLiteral("CREATE TABLE supervision_signature ("
                       " version_id TEXT NOT NULL REFERENCES supervision_agreement_version (id) ON DELETE CASCADE,"
                       " party TEXT NOT NULL CHECK (party IN ('supervisor', 'supervisee')),"
                       " full_name TEXT NOT NULL,"
                       " signed_on TEXT NOT NULL"
                       "  CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
                       " PRIMARY KEY (version_id, party))"),
        QStringLiteral("CREATE TABLE supervision_session ("
                       " id TEXT PRIMARY KEY,"
                       " agreement_id TEXT NOT NULL REFERENCES supervision_agreement (id) ON DELETE CASCADE,"
                       " session_date TEXT NOT NULL"
                       "  CHECK (session_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
                       " status TEXT NOT NULL CHECK (status IN ('held', 'cancelled')),"
                       " cancel_reason TEXT NOT NULL DEFAULT '',"
                       " rebooked INTEGER NOT NULL DEFAULT 0 CHECK (rebooked IN (0, 1)),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " decisions TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX supervision_session_by_date ON supervision_session (agreement_id, session_date)"),
        QStringLiteral("CREATE TABLE supervision_session_function ("
                       " session_id TEXT NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,"
                       " function TEXT NOT NULL"
                       "  CHECK (function IN ('management', 'development', 'support', 'mediation')),"
                       " PRIMARY KEY (session_id, function))"),
        // An agenda item points at a reflection brought to supervision or an open action.
        QStringLiteral("CREATE TABLE supervision_agenda_item ("
                       " session_id TEXT NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('reflection', 'action')),"
                       " item_id TEXT NOT NULL,"
                       " PRIMARY KEY (session_id, position))"),
        QStringLiteral("CREATE TABLE supervision_action ("
                       " id TEXT PRIMARY KEY,"
                       " agreement_id TEXT NOT NULL REFERENCES supervision_agreement (id) ON DELETE CASCADE,"
                       " session_id TEXT NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,"
                       " description TEXT NOT NULL,"
                       " owner TEXT NOT NULL CHECK (owner IN ('supervisor', 'supervisee')),"
                       " due_date TEXT NOT NULL DEFAULT '',"
                       " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                       " created_at TEXT NOT NULL)"),
    };
    return m;
}

} // namespace myfyrio::schema
