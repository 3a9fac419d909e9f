#pragma once

#include "core/journal/reflection.h"
#include "core/learning/learningcard.h"
#include "core/privacy/finding.h"
#include "core/privacy/protectednames.h"

#include <QCoreApplication>
#include <QVector>

namespace myfyrio {

/// One thing in a card that may identify someone or give away more than the
/// writer meant to share: an identifier the confidentiality guard found, the
/// reflection's day written out, or a passage copied from the reflection's body.
struct CardFinding {
    enum class Kind { Identifier, ReflectionDay, BodyPassage };
    enum class Field { Title, Lesson, Enabling, Tag, Author };

    Kind kind = Kind::Identifier;
    Field field = Field::Lesson;
    int tagIndex = -1; ///< for Field::Tag, which tag
    Finding finding;   ///< where it is in the field's text (kind is meaningful for identifiers)
};

using CardFindings = QVector<CardFinding>;

/// Looks through every field of a card before it leaves the machine: the
/// confidentiality guard over the title, the lesson, the enabling question,
/// the tags and the author label; and, against the reflection the card came
/// from, its day (in the ways people write dates, Welsh and English) and any
/// run of six or more words copied from its body (ignoring case, accents and
/// punctuation).
///
/// Sharing refuses a card with findings unless the writer chose to redact them
/// (each replaced with a placeholder) or confirmed they typed them on purpose.
class CardCheck
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CardCheck)

public:
    static CardFindings scan(const LearningCard& card, const Reflection& source, const ProtectedNames& names);

    /// The card with every finding replaced by its placeholder, in the card's language.
    static LearningCard redact(const LearningCard& card, const CardFindings& findings);

    /// "Name of someone you protect: “Mair” (Lesson)", in the interface language.
    static QString describe(const CardFinding& finding);
    /// The field's name in the interface language ("Lesson").
    static QString fieldLabel(CardFinding::Field field);

    /// This many words of the body in a row, found in a card, count as copied from it.
    static constexpr int shortestCopiedPassage = 6;
};

} // namespace myfyrio
