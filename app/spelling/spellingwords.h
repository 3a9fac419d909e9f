#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace myfyrio {

/// How running text is cut into words to check, and which words are right
/// although a dictionary says otherwise: Welsh clitics and contractions.
///
/// aspell-cy (the only Welsh dictionary Debian has) flags forms such as
/// "mae'r", "o'n" and "dw", which are correct written Welsh. A word with an
/// apostrophe is right when the dictionary knows it whole, or when the part
/// before the apostrophe is right and the part after it is a Welsh clitic
/// ('r, 'i, 'n, 'm, 'th, 'w, 'u, 'ch, 'na, 'ma). The typographic apostrophe
/// (’) counts as the plain one.
class SpellingWords
{
public:
    struct Word {
        int start = 0;
        int length = 0;
        QString text; ///< as written, with ’ turned into '
    };

    /// The words of a piece of text worth checking: runs of letters with
    /// apostrophes inside or at their start; words with digits and single
    /// letters are left out. Hyphens separate words.
    static QVector<Word> split(const QString& text);

    /// The word that holds position, or an empty Word (length 0).
    static Word wordAt(const QString& text, int position);

    /// Whether a word is right in a language ("cy" or "en"), given a check of
    /// plain words against the dictionary.
    static bool isCorrect(const QString& word, const QString& language,
                          const std::function<bool(const QString&)>& dictionaryKnows);
};

} // namespace myfyrio
