// Small helpers of the desktop work: suggested file names and word counts.
#include "core/io/suggestedfilename.h"
#include "core/journal/reflection.h"
#include "core/journal/wordcount.h"
#include "tests/support/catch.h"

using namespace myfyrio;

TEST_CASE("A suggested file name carries the date, what the file is and who it is about", "[core][files]")
{
    const QDate day(2024, 3, 1);
    CHECK(SuggestedFileName::make(day, QStringLiteral("Supervision agreement"),
                                  {QStringLiteral("Siân Llewelyn"), QStringLiteral("Elin Owen")},
                                  QStringLiteral("myfyrio-agreement"))
          == QStringLiteral("2024-03-01 Supervision agreement – Siân Llewelyn, Elin Owen.myfyrio-agreement"));
    CHECK(SuggestedFileName::make(day, QStringLiteral("Crynodeb sbectrwm methiant"), {}, QStringLiteral("pdf"))
          == QStringLiteral("2024-03-01 Crynodeb sbectrwm methiant.pdf"));
    // Hostile names: no folder separators, no characters a file system refuses, no trailing dots.
    const QString hostile =
        SuggestedFileName::make(day, QStringLiteral("../../etc/passwd"),
                                {QStringLiteral("a:b*c?\"<>|"), QStringLiteral("\n\t")}, QStringLiteral("pdf"));
    CHECK_FALSE(hostile.contains(QLatin1Char('/')));
    CHECK_FALSE(hostile.contains(QLatin1Char('\\')));
    CHECK_FALSE(hostile.contains(QLatin1Char(':')));
    CHECK_FALSE(hostile.contains(QLatin1Char('\n')));
    CHECK(hostile.startsWith(QStringLiteral("2024-03-01 ")));
    CHECK(hostile.endsWith(QStringLiteral(".pdf")));
    const QString longName = SuggestedFileName::make(day, QString(500, QLatin1Char('x')), {}, QStringLiteral("pdf"));
    CHECK(longName.size() <= 124);
    CHECK(SuggestedFileName::make(day, QStringLiteral("Report..."), {}, QStringLiteral("pdf"))
          == QStringLiteral("2024-03-01 Report.pdf"));
}

TEST_CASE("Words are counted as people count them, in Welsh and English", "[core][journal]")
{
    CHECK(WordCount::of(QString()) == 0);
    CHECK(WordCount::of(QStringLiteral("  \n ")) == 0);
    CHECK(WordCount::of(QStringLiteral("The night shift was rushed.")) == 5);
    // Clitics and the typographic apostrophe join, they do not split.
    CHECK(WordCount::of(QStringLiteral("Mae'r teulu’n dawel; dw i'n meddwl.")) == 6);
    CHECK(WordCount::of(QStringLiteral("Dŵr, tân ac awyr — 3 pheth.")) == 6);
    Reflection r;
    r.body = QStringLiteral("One two three");
    r.answers.insert(QStringLiteral("a"), QStringLiteral("four five"));
    r.failure = FailurePlacement{};
    r.failure->systemFactors = QStringLiteral("six");
    CHECK(WordCount::of(r) == 6);
}
