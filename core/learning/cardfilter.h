#pragma once

#include "core/learning/learningcard.h"

#include <QDate>
#include <QString>

namespace myfyrio {

/// What the team view narrows its cards to. Empty members do not narrow.
struct CardFilter {
    QDate from;       ///< first month, inclusive (its first day)
    QDate to;         ///< last month, inclusive (its first day)
    QString reason;   ///< failure reason code
    QString type;     ///< failure type code
    QString scale;    ///< system scale code, or "none" for cards without one
    QString tag;      ///< one tag, matched ignoring case
    QString language; ///< "cy" or "en"
    QString text;     ///< words that must all appear in the title, lesson, enabling question or tags

    bool isEmpty() const
    {
        return !from.isValid() && !to.isValid() && reason.isEmpty() && type.isEmpty() && scale.isEmpty()
               && tag.isEmpty() && language.isEmpty() && text.trimmed().isEmpty();
    }

    /// The code CardFilter::scale takes for cards without a system scale.
    static QString noScale() { return QStringLiteral("none"); }

    bool matches(const LearningCard& card) const;

    /// Text folded for matching: lower case, accents removed (so "dwr" finds "dŵr").
    static QString folded(const QString& text);
};

} // namespace myfyrio
