#include "core/i18n/phrasing.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/report/reportoptions.h"
#include "core/supervision/reviewreminders.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

/// Installs Welsh for the length of a test.
struct InWelsh {
    InWelsh() { REQUIRE(Translations::install(QStringLiteral("cy"))); }
    ~InWelsh() { Translations::install(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Welsh joins two names with a dash, so that no name follows a", "[welsh]")
{
    InWelsh welsh;
    CHECK(Phrasing::twoNames(QStringLiteral("Siân Llewelyn"), QStringLiteral("Catrin Owen"))
          == QStringLiteral("Siân Llewelyn – Catrin Owen"));
    CHECK(Phrasing::twoNames(QStringLiteral("Siân"), QStringLiteral("Ôla")) == QStringLiteral("Siân – Ôla"));
}

TEST_CASE("English joins names with and", "[welsh]")
{
    CHECK(Phrasing::twoNames(QStringLiteral("Siân"), QStringLiteral("Elin")) == QStringLiteral("Siân and Elin"));
}

TEST_CASE("No Welsh date follows a word that would mutate it", "[welsh]")
{
    InWelsh welsh;
    ReviewReminder reminder;
    reminder.supervisorName = QStringLiteral("Siân Llewelyn");
    reminder.superviseeName = QStringLiteral("Elin Owen");
    reminder.reviewDate = QDate(2024, 3, 3); // a Sunday
    reminder.daysLeft = 5;
    const QString text = ReviewReminders::describe(reminder);
    CHECK(text.contains(QStringLiteral("rhwng y goruchwyliwr Siân Llewelyn a'r goruchwylai Elin Owen")));
    CHECK(text.contains(QStringLiteral(": Dydd Sul, 3 Mawrth 2024")));
    CHECK_FALSE(text.contains(QStringLiteral("ar Dydd")));
    // Every Welsh translation: no placeholder straight after ar, o, hyd (dates would need ddydd).
    const QString from = Translations::translate(QStringLiteral("cy"), "myfyrio::Report", "From %1 to %2");
    CHECK_FALSE(from.contains(QStringLiteral("O %1")));
    CHECK_FALSE(from.contains(QStringLiteral("hyd %2")));
    CHECK_FALSE(Translations::translate(QStringLiteral("cy"), "myfyrio::Report", "Made on %1")
                    .contains(QStringLiteral("ar %1")));
}

TEST_CASE("Welsh short dates keep a four-digit year", "[welsh]")
{
    CHECK(Phrasing::shortDate(QDate(2024, 3, 1), Translations::locale(QStringLiteral("cy")))
          == QStringLiteral("01/03/2024"));
    CHECK(Phrasing::shortDate(QDate(2024, 3, 1), Translations::locale(QStringLiteral("en")))
          == QStringLiteral("01/03/2024"));
}

TEST_CASE("Report tags are sorted by the report language's alphabet", "[welsh][report]")
{
    TempJournal temp;
    auto db = temp.open();
    Reflection r;
    r.title = QStringLiteral("Tags");
    r.date = QDate(2024, 3, 1);
    r.bringToSupervision = true;
    r.tags = {QStringLiteral("llais"), QStringLiteral("lori"), QStringLiteral("cyngor"), QStringLiteral("chwarae")};
    REQUIRE(ReflectionStore(*db).add(r));
    ReportOptions options = test::optionsFor(ReportKind::Reflection, QStringLiteral("cy"));
    auto listed = ReflectionStore(*db).list();
    REQUIRE(listed);
    options.id = listed->constFirst().id;
    const QString welsh = test::reportText(*db, options, temp.file(QStringLiteral("cy.pdf")));
    // Welsh: c before ch, l before ll.
    CHECK(welsh.contains(QStringLiteral("cyngor, chwarae, lori, llais")));
    options.language = QStringLiteral("en");
    const QString english = test::reportText(*db, options, temp.file(QStringLiteral("en.pdf")));
    CHECK(english.contains(QStringLiteral("chwarae, cyngor, llais, lori")));
}
