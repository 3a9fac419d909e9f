#include "core/journal/actionstore.h"
#include "core/journal/reflectionstore.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using myfyrio::test::TempJournal;
using namespace myfyrio;

namespace {

Action actionDue(const QString& text, const QDate& due = {})
{
    Action a;
    a.text = text;
    a.due = due;
    return a;
}

} // namespace

TEST_CASE("Actions are overdue or due soon by date", "[actions]")
{
    const QDate today(2024, 3, 10);
    CHECK(ActionStore::status(actionDue(QStringLiteral("a")), today) == ActionStatus::Open);
    CHECK(ActionStore::status(actionDue(QStringLiteral("a"), QDate(2024, 3, 9)), today) == ActionStatus::Overdue);
    CHECK(ActionStore::status(actionDue(QStringLiteral("a"), today), today) == ActionStatus::DueSoon);
    CHECK(ActionStore::status(actionDue(QStringLiteral("a"), QDate(2024, 3, 17)), today) == ActionStatus::DueSoon);
    CHECK(ActionStore::status(actionDue(QStringLiteral("a"), QDate(2024, 3, 18)), today) == ActionStatus::Open);
    Action done = actionDue(QStringLiteral("a"), QDate(2024, 3, 1));
    done.done = true;
    CHECK(ActionStore::status(done, today) == ActionStatus::Done);
}

TEST_CASE("Actions are kept with their reflection and listed across the journal", "[actions]")
{
    TempJournal temp;
    auto db = temp.open();
    const ReflectionStore store(*db);
    Reflection first;
    first.title = QStringLiteral("Visit");
    first.date = QDate(2024, 3, 1);
    first.actions = {actionDue(QStringLiteral("Ring the GP"), QDate(2024, 3, 12)),
                     actionDue(QStringLiteral("Read the policy")),
                     actionDue(QStringLiteral("Book training"), QDate(2024, 3, 5))};
    auto added = store.add(first);
    REQUIRE(added.ok());
    REQUIRE(added->actions.size() == 3);
    for (const Action& a : added->actions)
        CHECK_FALSE(a.id.isEmpty());

    Reflection second;
    second.title = QStringLiteral("Team meeting");
    second.date = QDate(2024, 3, 2);
    second.actions = {actionDue(QStringLiteral("Send the notes"), QDate(2024, 4, 30))};
    REQUIRE(store.add(second).ok());

    const QDate today(2024, 3, 10);
    auto open = ActionStore(*db).list(today);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 4);
    CHECK(open->at(0).action.text == QStringLiteral("Book training"));
    CHECK(open->at(0).status == ActionStatus::Overdue);
    CHECK(open->at(0).reflectionId == added->id);
    CHECK(open->at(0).reflectionTitle == QStringLiteral("Visit"));
    CHECK(open->at(1).action.text == QStringLiteral("Ring the GP"));
    CHECK(open->at(1).status == ActionStatus::DueSoon);
    CHECK(open->at(2).action.text == QStringLiteral("Send the notes"));
    CHECK(open->at(2).status == ActionStatus::Open);
    CHECK(open->at(3).action.text == QStringLiteral("Read the policy"));

    // Ticking one keeps its id and takes it off the open list.
    Reflection edited = *added;
    edited.actions[2].done = true;
    edited.actions[1].text = QStringLiteral("Read the new policy");
    REQUIRE(store.update(edited).ok());
    auto reloaded = store.find(added->id);
    REQUIRE(reloaded.ok());
    REQUIRE((*reloaded)->actions.size() == 3);
    CHECK((*reloaded)->actions.at(2).id == added->actions.at(2).id);
    CHECK((*reloaded)->actions.at(2).done);
    CHECK((*reloaded)->actions.at(2).doneAt.isValid());
    CHECK((*reloaded)->actions.at(1).text == QStringLiteral("Read the new policy"));
    CHECK(ActionStore(*db).list(today).value().size() == 3);
    CHECK(ActionStore(*db).list(today, true).value().size() == 4);

    REQUIRE(ActionStore(*db).setDone(added->actions.at(0).id, true).ok());
    CHECK(ActionStore(*db).list(today).value().size() == 2);

    // Removing an action from the reflection deletes it; deleting the reflection deletes the rest.
    Reflection fewer = **reloaded;
    fewer.actions.removeFirst();
    REQUIRE(store.update(fewer).ok());
    CHECK(store.find(added->id).value()->actions.size() == 2);
    REQUIRE(store.remove(added->id).ok());
    CHECK(ActionStore(*db).list(today, true).value().size() == 1);
}

TEST_CASE("An action without text is refused", "[actions]")
{
    TempJournal temp;
    auto db = temp.open();
    Reflection r;
    r.title = QStringLiteral("Empty action");
    r.date = QDate(2024, 3, 1);
    r.actions = {actionDue(QStringLiteral("   "))};
    CHECK_FALSE(ReflectionStore(*db).add(r).ok());
    CHECK(ReflectionStore(*db).count().value() == 0);
}
