#pragma once

#include "core/journal/reflection.h"
#include "core/learning/learningcard.h"

#include <QStringList>

namespace myfyrio {

/// The first draft of a card made from a reflection: only what the writer
/// has already set apart from their writing — the title, the failure
/// placement's reason, type and setting, the system scale, the tags, the
/// month and the language — and, where the writer answered a prompt that asks
/// for it, their answer as the lesson ("What are we learning?", Gibbs'
/// conclusion, "So what?", …) and as the enabling question ("What do we need
/// to enable learning?"). Never the body, never the day, never the blame felt
/// or the notes on what in the system made it likely.
///
/// The writer edits every field before the card is written; the editor says
/// which answer a field started from.
class CardDraft
{
public:
    /// A draft with a new random id.
    static LearningCard fromReflection(const Reflection& reflection);

    /// The prompt whose answer became the lesson, or empty when none did.
    static QString lessonPrompt(const Reflection& reflection);
    /// The prompt whose answer became the enabling question, or empty.
    static QString enablingPrompt(const Reflection& reflection);

    /// The prompts a lesson is taken from, the first answered one winning.
    static QStringList lessonPrompts();
    static QStringList enablingPrompts();
};

} // namespace myfyrio
