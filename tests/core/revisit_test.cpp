#include "core/journal/reflectionstore.h"
#include "core/revisit/annualreviewlookback.h"
#include "core/revisit/onthisday.h"
#include "core/revisit/reflectioncalendar.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using myfyrio::test::TempJournal;
using namespace myfyrio;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QString addOn(const ReflectionStore& store, const QDate& date, const QString& title, bool dontResurface = false)
{
    Reflection r;
    r.title = title;
    r.date = date;
    r.dontResurface = dontResurface;
    auto added = store.add(r);
    REQUIRE(added.ok());
    return added->id;
}

QStringList titles(const OnThisDay::Period& period)
{
    QStringList result;
    for (const ReflectionSummary& s : period.reflections)
        result.append(s.title);
    return result;
}

} // namespace

TEST_CASE("On this day picks a month ago a year ago and each earlier year", "[revisit]")
{
    const auto periods = OnThisDay::periods(d(2024, 3, 15), 2021);
    REQUIRE(periods.size() == 4);
    CHECK(periods.at(0).monthsAgo == 1);
    CHECK(periods.at(0).days == QVector<QDate>{d(2024, 2, 15)});
    CHECK(periods.at(1).yearsAgo == 1);
    CHECK(periods.at(1).days == QVector<QDate>{d(2023, 3, 15)});
    CHECK(periods.at(3).yearsAgo == 3);
    CHECK(periods.at(3).days == QVector<QDate>{d(2021, 3, 15)});

    SECTION("a month ago from a month end is the shorter month's last day")
    {
        CHECK(OnThisDay::periods(d(2024, 3, 31), 2024).at(0).days == QVector<QDate>{d(2024, 2, 29)});
        CHECK(OnThisDay::periods(d(2023, 3, 31), 2023).at(0).days == QVector<QDate>{d(2023, 2, 28)});
        CHECK(OnThisDay::periods(d(2024, 3, 30), 2024).at(0).days == QVector<QDate>{d(2024, 2, 29)});
        CHECK(OnThisDay::periods(d(2024, 1, 15), 2024).at(0).days == QVector<QDate>{d(2023, 12, 15)});
    }
    SECTION("the last day of a short month covers the longer month's remaining days")
    {
        CHECK(OnThisDay::periods(d(2024, 4, 30), 2024).at(0).days == QVector<QDate>({d(2024, 3, 30), d(2024, 3, 31)}));
        CHECK(OnThisDay::periods(d(2023, 2, 28), 2023).at(0).days
              == QVector<QDate>({d(2023, 1, 28), d(2023, 1, 29), d(2023, 1, 30), d(2023, 1, 31)}));
    }
    SECTION("29 February falls back to 28 February in common years")
    {
        const auto leap = OnThisDay::periods(d(2024, 2, 29), 2019);
        REQUIRE(leap.size() == 6);
        // 29 February ends its month, so 30 and 31 January come with it.
        CHECK(leap.at(0).days == QVector<QDate>({d(2024, 1, 29), d(2024, 1, 30), d(2024, 1, 31)}));
        CHECK(leap.at(1).days == QVector<QDate>{d(2023, 2, 28)});
        CHECK(leap.at(4).days == QVector<QDate>{d(2020, 2, 29)});
        CHECK(leap.at(5).days == QVector<QDate>{d(2019, 2, 28)});
    }
    SECTION("28 February of a common year also remembers 29 February of leap years")
    {
        const auto common = OnThisDay::periods(d(2025, 2, 28), 2023);
        CHECK(common.at(1).days == QVector<QDate>({d(2024, 2, 28), d(2024, 2, 29)}));
        CHECK(common.at(2).days == QVector<QDate>{d(2023, 2, 28)});
        // In a leap year, 28 February is just 28 February.
        CHECK(OnThisDay::periods(d(2024, 2, 28), 2020).at(4).days == QVector<QDate>{d(2020, 2, 28)});
    }
}

TEST_CASE("On this day finds reflections and honours don't resurface", "[revisit]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    addOn(store, d(2024, 2, 29), QStringLiteral("Leap day"));
    addOn(store, d(2024, 2, 28), QStringLiteral("Day before"));
    addOn(store, d(2023, 2, 28), QStringLiteral("Two years"));
    addOn(store, d(2025, 1, 28), QStringLiteral("Month"));
    addOn(store, d(2022, 2, 28), QStringLiteral("Hidden"), true);
    addOn(store, d(2025, 2, 27), QStringLiteral("Yesterday"));

    auto found = OnThisDay(*db).find(d(2025, 2, 28));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 3);
    CHECK(found->at(0).monthsAgo == 1);
    CHECK(titles(found->at(0)) == QStringList{QStringLiteral("Month")});
    CHECK(found->at(1).yearsAgo == 1);
    CHECK(titles(found->at(1)) == QStringList({QStringLiteral("Day before"), QStringLiteral("Leap day")}));
    CHECK(found->at(2).yearsAgo == 2);
    CHECK(titles(found->at(2)) == QStringList{QStringLiteral("Two years")});
    CHECK(OnThisDay::heading(found->at(2)) == QStringLiteral("On this day in 2023"));
}

TEST_CASE("The calendar marks the days of a month that hold reflections", "[revisit]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    addOn(store, d(2024, 3, 1), QStringLiteral("One"));
    addOn(store, d(2024, 3, 1), QStringLiteral("Two"));
    addOn(store, d(2024, 3, 31), QStringLiteral("Three"));
    addOn(store, d(2024, 4, 1), QStringLiteral("April"));
    auto days = ReflectionCalendar(*db).daysWithReflections(2024, 3);
    REQUIRE(days.ok());
    CHECK(days->size() == 2);
    CHECK(days->value(d(2024, 3, 1)) == 2);
    CHECK(days->value(d(2024, 3, 31)) == 1);
}

TEST_CASE("The annual review shows last year's look-back answers", "[revisit]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    Reflection older;
    older.title = QStringLiteral("Review 2022");
    older.date = d(2022, 6, 1);
    older.model = QStringLiteral("annual_review");
    older.answers.insert(QStringLiteral("year_next"), QStringLiteral("Older hope"));
    REQUIRE(store.add(older).ok());
    Reflection last = older;
    last.title = QStringLiteral("Review 2023");
    last.date = d(2023, 6, 1);
    last.answers = {{QStringLiteral("year"), QStringLiteral("Busy")},
                    {QStringLiteral("year_next"), QStringLiteral("Lead a project")},
                    {QStringLiteral("growth_next"), QStringLiteral("Finish the course")}};
    auto lastAdded = store.add(last);
    REQUIRE(lastAdded.ok());
    Reflection hidden = older;
    hidden.title = QStringLiteral("Hidden review");
    hidden.date = d(2024, 1, 1);
    hidden.dontResurface = true;
    hidden.answers = {{QStringLiteral("year_next"), QStringLiteral("Secret")}};
    REQUIRE(store.add(hidden).ok());

    Reflection current;
    current.title = QStringLiteral("Review 2024");
    current.date = d(2024, 6, 1);
    current.model = QStringLiteral("annual_review");
    auto previous = AnnualReviewLookBack(*db).find(current);
    REQUIRE(previous.ok());
    REQUIRE(previous->has_value());
    CHECK((*previous)->reflectionId == lastAdded->id);
    CHECK((*previous)->date == d(2023, 6, 1));
    CHECK((*previous)->answers.size() == 2);
    CHECK((*previous)->answers.value(QStringLiteral("year_next")) == QStringLiteral("Lead a project"));
    CHECK_FALSE((*previous)->answers.contains(QStringLiteral("year")));

    current.model = QStringLiteral("gibbs");
    CHECK_FALSE(AnnualReviewLookBack(*db).find(current).value().has_value());
}
