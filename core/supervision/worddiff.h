#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace myfyrio {

/// A word-level comparison of two texts: the longest common subsequence over
/// words (whitespace kept with the word before it), with the words only in
/// the old text marked Removed and those only in the new text Inserted.
class WordDiff
{
public:
    struct Piece {
        enum class Kind { Same, Removed, Inserted };
        Kind kind = Kind::Same;
        QString text; ///< one or more words with their trailing whitespace
    };

    static QVector<Piece> compare(const QString& before, const QString& after);
    /// Words with the whitespace that follows each ("a b\n" -> "a ", "b\n").
    static QStringList words(const QString& text);
    /// Only the changed words, for summaries: count of removed and inserted words.
    static int changedWords(const QVector<Piece>& pieces);
};

} // namespace myfyrio
