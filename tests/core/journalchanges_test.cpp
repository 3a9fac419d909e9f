#include "core/journal/actionstore.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/journalchanges.h"
#include "core/supervision/agreementstore.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

/// Records every announcement as "signal:id,id".
struct Heard {
    QStringList events;

    explicit Heard(JournalChanges& changes)
    {
        auto record = [this](const char* name) {
            return [this, name](const QStringList& ids) {
                events << QString::fromLatin1(name) + QLatin1Char(':') + ids.join(QLatin1Char(','));
            };
        };
        QObject::connect(&changes, &JournalChanges::reflectionsAdded, &changes, record("added"));
        QObject::connect(&changes, &JournalChanges::reflectionsChanged, &changes, record("changed"));
        QObject::connect(&changes, &JournalChanges::reflectionsRemoved, &changes, record("removed"));
        QObject::connect(&changes, &JournalChanges::actionsChanged, &changes, record("actions"));
        QObject::connect(&changes, &JournalChanges::agreementsChanged, &changes, record("agreements"));
        QObject::connect(&changes, &JournalChanges::tagsChanged, &changes,
                         [this] { events << QStringLiteral("tags"); });
        QObject::connect(&changes, &JournalChanges::journalReplaced, &changes,
                         [this] { events << QStringLiteral("replaced"); });
    }
};

} // namespace

TEST_CASE("A batch sends each change once, and a replacement covers everything", "[changes]")
{
    JournalChanges changes;
    Heard heard(changes);
    {
        JournalChanges::Batch batch(changes);
        changes.reflectionChanged(QStringLiteral("a"));
        changes.reflectionChanged(QStringLiteral("a"));
        changes.reflectionAdded(QStringLiteral("b"));
        changes.reflectionChanged(QStringLiteral("b"));
        changes.tagsTouched();
        changes.tagsTouched();
        CHECK(heard.events.isEmpty());
    }
    CHECK(heard.events == QStringList{QStringLiteral("added:b"), QStringLiteral("changed:a"), QStringLiteral("tags")});

    heard.events.clear();
    {
        JournalChanges::Batch batch(changes);
        changes.reflectionChanged(QStringLiteral("a"));
        changes.replaced();
    }
    CHECK(heard.events == QStringList{QStringLiteral("replaced")});
}

TEST_CASE("Store writes announce what they changed, after the write", "[changes]")
{
    TempJournal temp;
    auto db = temp.open();
    Heard heard(db->changes());
    const ReflectionStore store(*db);

    Reflection r;
    r.title = QStringLiteral("Handover");
    r.date = QDate(2024, 3, 1);
    r.tags = {QStringLiteral("shift")};
    r.actions.append(Action{});
    r.actions.last().text = QStringLiteral("Ask about the rota");
    auto added = store.add(r);
    REQUIRE(added);
    CHECK(heard.events.contains(QStringLiteral("added:") + added->id));
    CHECK(heard.events.contains(QStringLiteral("tags")));
    CHECK(heard.events.contains(QStringLiteral("actions:") + added->id));

    heard.events.clear();
    auto done = ActionStore(*db).setDone(added->actions.constFirst().id, true);
    REQUIRE(done);
    CHECK(heard.events == QStringList{QStringLiteral("actions:") + added->id});

    heard.events.clear();
    REQUIRE(store.remove(added->id));
    CHECK(heard.events.contains(QStringLiteral("removed:") + added->id));

    heard.events.clear();
    AgreementContent content;
    content.supervisorName = QStringLiteral("Siân Llewelyn");
    content.superviseeName = QStringLiteral("Elin Owen");
    auto agreement = AgreementStore(*db).create(content, QStringLiteral("supervisee"));
    REQUIRE(agreement);
    CHECK(heard.events == QStringList{QStringLiteral("agreements:") + agreement->id});
}
