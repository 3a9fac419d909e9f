#pragma once

#include "core/journal/reflection.h"
#include "core/learning/cardcheck.h"
#include "core/learning/learningcard.h"
#include "core/privacy/protectednames.h"
#include "core/util/expected.h"

#include <QCoreApplication>

namespace myfyrio {

class Database;

/// What to do with what CardCheck finds in a card before it is written.
enum class CardFindingsChoice {
    Refuse,       ///< write nothing and say what was found (the default)
    Redact,       ///< replace each finding with its placeholder
    KeepConfirmed ///< the writer typed them into the card and confirmed they should go
};

/// A card to write, the reflection it was made from, and where it goes.
struct CardShareRequest {
    LearningCard card;
    Reflection source; ///< stored; its month is the card's month
    QString folder;    ///< an existing folder the writer chose
    ProtectedNames names;
    CardFindingsChoice findings = CardFindingsChoice::Refuse;
};

/// Writes learning cards into a card folder and withdraws them, keeping the
/// journal's record of what it shared (SharedCardStore) in step with the
/// folder: a card whose file could not be written is not recorded, and a card
/// that could not be recorded leaves no file behind.
///
/// A card file is written through SavedFile (owner-only, never through a
/// symbolic link) as "<id>.myfyrio-card". Withdrawing replaces it with a
/// withdrawal record, so that every copy of the folder can honour it; only a
/// card this journal shared can be withdrawn, and a file in its place that is
/// not that card is never replaced.
class CardSharing
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CardSharing)

public:
    /// The failure code of a card refused for what CardCheck found in it.
    static QString findingsCode() { return QStringLiteral("card-findings"); }

    /// The card as written (redacted if asked), or why nothing was written.
    static Expected<LearningCard> share(const Database& database, const CardShareRequest& request);

    /// Replaces the card's file in the folder with a withdrawal record (writing
    /// one if the file is gone) and records the withdrawal in the journal.
    static Expected<void> withdraw(const Database& database, const QString& cardId, const QString& folder);

    /// A sentence listing what was found, one finding a line after it.
    static QString findingsMessage(const CardFindings& findings);
};

} // namespace myfyrio
