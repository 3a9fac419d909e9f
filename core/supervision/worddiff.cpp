#include "core/supervision/worddiff.h"

#include <algorithm>
#include <vector>

namespace myfyrio {

QStringList WordDiff::words(const QString& text)
{
    QStringList result;
    QString current;
    bool inSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inSpace = true;
        } else if (inSpace) {
            result.append(current);
            current.clear();
            inSpace = false;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QVector<WordDiff::Piece> WordDiff::compare(const QString& before, const QString& after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    // Words compare without their whitespace, so a re-wrapped line is not a change.
    const auto same = [](const QString& x, const QString& y) { return x.trimmed() == y.trimmed(); };

    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    std::vector<std::vector<int>> lcs(static_cast<std::size_t>(n + 1),
                                      std::vector<int>(static_cast<std::size_t>(m + 1), 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            const auto ui = static_cast<std::size_t>(i);
            const auto uj = static_cast<std::size_t>(j);
            lcs[ui][uj] = same(a.at(i), b.at(j)) ? lcs[ui + 1][uj + 1] + 1 : std::max(lcs[ui + 1][uj], lcs[ui][uj + 1]);
        }
    }

    QVector<Piece> pieces;
    const auto add = [&pieces](Piece::Kind kind, const QString& word) {
        if (!pieces.isEmpty() && pieces.last().kind == kind)
            pieces.last().text += word;
        else
            pieces.append(Piece{kind, word});
    };
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        const auto ui = static_cast<std::size_t>(i);
        const auto uj = static_cast<std::size_t>(j);
        if (same(a.at(i), b.at(j))) {
            add(Piece::Kind::Same, b.at(j));
            ++i;
            ++j;
        } else if (lcs[ui + 1][uj] >= lcs[ui][uj + 1]) {
            add(Piece::Kind::Removed, a.at(i++));
        } else {
            add(Piece::Kind::Inserted, b.at(j++));
        }
    }
    while (i < n)
        add(Piece::Kind::Removed, a.at(i++));
    while (j < m)
        add(Piece::Kind::Inserted, b.at(j++));
    return pieces;
}

int WordDiff::changedWords(const QVector<Piece>& pieces)
{
    int count = 0;
    for (const Piece& p : pieces) {
        if (p.kind != Piece::Kind::Same)
            count += static_cast<int>(words(p.text).size());
    }
    return count;
}

} // namespace myfyrio
