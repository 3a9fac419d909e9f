#pragma once

namespace myfyrio {
class Database;
}

namespace myfyrio::test {

/// Fills a journal so that every view has something to show: a guided
/// reflection brought to supervision with a failure placement and actions
/// (today), an older private one, a supervision agreement with a session, and
/// a second agreement signed by both parties.
void fillSampleJournal(const Database& db);

} // namespace myfyrio::test
