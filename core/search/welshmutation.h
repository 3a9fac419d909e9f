#pragma once

#include <QString>
#include <QStringList>

namespace myfyrio {

/// Welsh initial mutations, in one place: which forms a word takes after the
/// small words that change its first letter (soft: tref → dref, nasal: nhref,
/// aspirate: thref, and h before a vowel: ei henw), and which dictionary forms
/// (radicals) a mutated word may come from.
///
/// The digraphs ch, dd, ff, ng, ll, ph, rh and th are single letters: "ch" is
/// never read as a mutable "c", and "ll" softens to "l" as a whole. Words are
/// handled in lower case; accents are left as they are (the search index folds
/// them), so "dŵr" gives "ddŵr" and "nŵr".
class WelshMutation
{
public:
    enum class Kind { Soft, Nasal, Aspirate, HProthesis };

    /// The word after one mutation, or an empty string when that mutation
    /// does not change a word beginning like this one.
    static QString mutate(const QString& word, Kind kind);

    /// Every mutated form of a radical (not the word itself), in the order
    /// soft, nasal, aspirate, h-prothesis, without duplicates.
    static QStringList mutatedForms(const QString& radical);

    /// The radicals a word may be a mutation of, not counting the word itself:
    /// "nhref" → tref; "fam" → bam, mam (every candidate when it is ambiguous).
    static QStringList radicals(const QString& word);

    /// Every form a search for the word should also find: the word, its
    /// radicals, and every mutated form of each, the word itself first. Words
    /// shorter than three letters are not expanded (they would match almost
    /// everything), nor are forms left with fewer than two letters.
    static QStringList searchForms(const QString& word);

    /// True when the word could only be Welsh: it begins with a mutation no
    /// English word begins with (ngh, mh, nh, dd, ll, rh) or carries a
    /// circumflex (ŵ, ŷ, â, ê, î, ô, û).
    static bool looksWelsh(const QString& word);
};

} // namespace myfyrio
