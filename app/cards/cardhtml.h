#pragma once

#include "core/learning/learningcard.h"

#include <QCoreApplication>
#include <QString>

namespace myfyrio {

/// One learning card in full, as rich text for the team view: its title,
/// lesson, enabling question, failure placement, system scale, tags, month,
/// language and author label, in the interface language. Everything the
/// card's writer typed is escaped. Also the short labels the card list shows.
class CardHtml
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CardHtml)

public:
    static QString build(const LearningCard& card);

    /// "March 2024" in the interface language.
    static QString monthLabel(const QDate& month);
    /// "Person", … or "No scale given" for an empty code.
    static QString scaleLabel(const QString& code);
    /// "Cymraeg" or "English": each language named in itself.
    static QString languageName(const QString& code);
};

} // namespace myfyrio
