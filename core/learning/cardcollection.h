#pragma once

#include "core/learning/learningcard.h"

#include <QStringList>
#include <QVector>

namespace myfyrio {

/// Every card read from one or more card folders, once each, with what was
/// left out and why.
struct CardCollection {
    QVector<LearningCard> cards; ///< standing cards, one per id, the latest month first
    int files = 0;               ///< .myfyrio-card files looked at
    int malformed = 0;           ///< not a card: unreadable, too big, not UTF-8 JSON of the format, a link, not a file
    int withdrawn = 0;           ///< ids withdrawn by a withdrawal record (their cards are left out)
    int conflicting = 0;         ///< ids whose copies differ, all left out: a card never changes once shared
    QStringList unreadableFolders; ///< folders that could not be listed
};

} // namespace myfyrio
