#include "core/storage/schema/schema.h"

namespace myfyrio::schema {

Migration v008LearningCards()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("Learning cards shared from reflections");
    m.statements = {
        // One row a learning card this journal wrote into a card folder, so that
        // the writer can see what they shared and withdraw it. Deliberately no
        // foreign key to reflection: a card stays out in the folder after its
        // reflection is deleted, and the journal must still know it to withdraw it.
        // The card's own words are in its file; only the title is kept here, to list it.
        QStringLiteral("CREATE TABLE learning_card ("
                       " id TEXT PRIMARY KEY,"
                       " reflection_id TEXT NOT NULL,"
                       " folder TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " shared_at TEXT NOT NULL,"
                       " withdrawn_at TEXT)"),
        QStringLiteral("CREATE INDEX learning_card_by_reflection ON learning_card (reflection_id, shared_at)"),
    };
    return m;
}

} // namespace myfyrio::schema
