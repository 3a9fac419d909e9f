#include "core/journal/wordcount.h"

#include "core/journal/reflection.h"

#include <QTextBoundaryFinder>

namespace myfyrio {

int WordCount::of(const QString& text)
{
    int count = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    for (qsizetype at = finder.toNextBoundary(); at != -1; at = finder.toNextBoundary()) {
        // A boundary that ends a word: the segment before it holds letters or digits.
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            ++count;
    }
    return count;
}

int WordCount::of(const Reflection& reflection)
{
    int count = of(reflection.body);
    for (const QString& answer : reflection.answers)
        count += of(answer);
    if (reflection.failure)
        count += of(reflection.failure->systemFactors);
    return count;
}

} // namespace myfyrio
