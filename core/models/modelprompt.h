#pragma once

#include "core/models/localizedtext.h"

#include <QMap>

namespace myfyrio {

/// The title and guidance a prompt shows at one system scale.
struct ScaledPromptText {
    LocalizedText title;
    LocalizedText guidance;
};

/// One question of a reflective model. Answers are stored under its code.
struct ModelPrompt {
    QString code;
    LocalizedText title;
    LocalizedText guidance;
    /// Next time, the answer given in the previous reflection with this model is shown beside
    /// the new one (the annual review's "What do I want to be saying at my next annual review?").
    bool lookBack = false;
    /// Wording that replaces title and guidance at a system scale (scale code → text).
    QMap<QString, ScaledPromptText> byScale;

    LocalizedText titleAt(const QString& scale) const
    {
        const auto it = byScale.constFind(scale);
        return it != byScale.constEnd() && !it->title.isEmpty() ? it->title : title;
    }

    LocalizedText guidanceAt(const QString& scale) const
    {
        const auto it = byScale.constFind(scale);
        return it != byScale.constEnd() && !it->guidance.isEmpty() ? it->guidance : guidance;
    }
};

} // namespace myfyrio
