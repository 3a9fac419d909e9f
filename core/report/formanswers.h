#pragma once

#include "core/journal/reflection.h"

#include <QString>

namespace myfyrio {

/// A reflection's writing sorted into the questions regulators' CPD forms ask.
///
/// Where the reflection follows a model whose prompts map onto a form's
/// questions, the answers come from there: What? → what happened, So what? →
/// what I learned, Now what? → how my practice changed (and likewise for
/// Gibbs, Kolb, Schön, Johns, learning from failure and the learning cycle).
/// Otherwise the body answers the first question, and the others stay empty
/// for the writer to add; the actions stand in for "how my practice changed"
/// when nothing else answers it.
struct FormAnswers {
    QString what;    ///< the activity, feedback, event or experience
    QString learned; ///< what I learned, and why it matters
    QString changed; ///< how my practice changed or will change
    bool fromModel = false;

    static FormAnswers of(const Reflection& reflection);
};

} // namespace myfyrio
