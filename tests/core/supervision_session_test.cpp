#include "core/journal/reflectionstore.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionoverview.h"
#include "core/supervision/sessionstore.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

QString newAgreement(const Database& db)
{
    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    c.frequencyWeeks = 4;
    auto created = AgreementStore(db).create(c, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    return created->id;
}

QString addReflection(const Database& db, const QString& title, bool bring)
{
    Reflection r;
    r.title = title;
    r.date = QDate(2024, 3, 1);
    r.bringToSupervision = bring;
    auto added = ReflectionStore(db).add(r);
    REQUIRE(added.ok());
    return added->id;
}

Session session(const QString& agreementId, const QDate& date, bool held, const QStringList& functions = {})
{
    Session s;
    s.agreementId = agreementId;
    s.date = date;
    s.held = held;
    s.functions = functions;
    if (!held)
        s.cancelReason = QStringLiteral("Argyfwng ar y ward");
    return s;
}

} // namespace

TEST_CASE("Sessions held count against the agreed frequency with cancellations and function coverage",
          "[supervision][sessions]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = newAgreement(*db);
    const SessionStore store(*db);
    REQUIRE(
        store.save(session(id, QDate(2024, 1, 10), true, {QStringLiteral("support"), QStringLiteral("development")}))
            .ok());
    REQUIRE(store.save(session(id, QDate(2024, 2, 7), true, {QStringLiteral("support")})).ok());
    Session cancelled = session(id, QDate(2024, 3, 6), false);
    cancelled.rebooked = true;
    REQUIRE(store.save(cancelled).ok());
    REQUIRE(store.save(session(id, QDate(2024, 3, 13), true, {QStringLiteral("management")})).ok());
    REQUIRE(store.save(session(id, QDate(2024, 4, 3), false)).ok());
    REQUIRE(store.save(session(id, QDate(2024, 7, 1), true)).ok()); // outside the period

    // A cancellation needs its reason.
    Session noReason = session(id, QDate(2024, 3, 20), true);
    noReason.held = false;
    CHECK_FALSE(store.save(noReason).ok());

    auto sessions = store.list(id);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 6);
    // 1 January to 24 April is 115 days: four whole four-week periods.
    const auto o = SessionOverview::compute(*sessions, 4, QDate(2024, 1, 1), QDate(2024, 4, 24));
    CHECK(o.expected == 4);
    CHECK(o.held == 3);
    CHECK(o.cancelled == 2);
    CHECK(o.rebooked == 1);
    CHECK(o.coverage.value(QStringLiteral("support")) == 2);
    CHECK(o.coverage.value(QStringLiteral("development")) == 1);
    CHECK(o.coverage.value(QStringLiteral("management")) == 1);
    CHECK(o.coverage.value(QStringLiteral("mediation")) == 0);
    REQUIRE(o.months.size() == 4);
    CHECK(o.months.at(2).held == 1);
    CHECK(o.months.at(2).cancelled == 1);
    CHECK(o.months.at(2).coverage.value(QStringLiteral("management")) == 1);

    // No agreed frequency: nothing is expected.
    CHECK(SessionOverview::compute(*sessions, 0, QDate(2024, 1, 1), QDate(2024, 4, 24)).expected == 0);
}

TEST_CASE("A private reflection never reaches a session agenda", "[supervision][sessions][privacy]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = newAgreement(*db);
    const SessionStore store(*db);
    const QString brought = addReflection(*db, QStringLiteral("I'w drafod"), true);
    const QString secret = addReflection(*db, QStringLiteral("Preifat"), false);

    auto candidates = store.agendaCandidates(id);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 1);
    CHECK(candidates->at(0).itemId == brought);

    Session s = session(id, QDate(2024, 3, 1), true);
    s.agenda.append(AgendaItem{AgendaItem::Kind::Reflection, secret, {}, {}});
    CHECK_FALSE(store.save(s).ok());
    CHECK(store.list(id)->isEmpty());

    s.agenda = {AgendaItem{AgendaItem::Kind::Reflection, brought, {}, {}}};
    s.actions.append(SessionAction{{},
                                   {},
                                   QStringLiteral("Read the safeguarding policy"),
                                   SectionCatalog::supervisee(),
                                   QDate(2024, 3, 15),
                                   false});
    auto saved = store.save(s);
    REQUIRE(saved.ok());
    REQUIRE(saved->agenda.size() == 1);
    CHECK(saved->agenda.at(0).title == QStringLiteral("I'w drafod"));
    REQUIRE(saved->actions.size() == 1);

    // The open action can go on the next agenda.
    auto next = store.agendaCandidates(id);
    REQUIRE(next.ok());
    REQUIRE(next->size() == 2);
    CHECK(next->at(1).kind == AgendaItem::Kind::Action);

    // Made private later, the reflection leaves the agenda it was on.
    Reflection r = **ReflectionStore(*db).find(brought);
    r.bringToSupervision = false;
    REQUIRE(ReflectionStore(*db).update(r).ok());
    auto reloaded = store.find(saved->id);
    REQUIRE(reloaded.ok());
    CHECK((*reloaded)->agenda.isEmpty());
    CHECK(store.agendaCandidates(id)->size() == 1);
}

TEST_CASE("Open actions of reflections brought to supervision reach the agenda and private ones do not",
          "[supervision][sessions][privacy]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = newAgreement(*db);
    const SessionStore store(*db);
    const ReflectionStore reflections(*db);
    Reflection shared;
    shared.title = QStringLiteral("Shared");
    shared.date = QDate(2024, 3, 1);
    shared.bringToSupervision = true;
    Action ask;
    ask.text = QStringLiteral("Ask about the rota");
    ask.due = QDate(2024, 3, 20);
    Action finished;
    finished.text = QStringLiteral("Already done");
    finished.done = true;
    shared.actions = {ask, finished};
    Reflection secret = shared;
    secret.title = QStringLiteral("Secret");
    secret.bringToSupervision = false;
    Action privateStep;
    privateStep.text = QStringLiteral("Private step");
    secret.actions = {privateStep};
    auto storedShared = reflections.add(shared);
    auto storedSecret = reflections.add(secret);
    REQUIRE(storedShared.ok());
    REQUIRE(storedSecret.ok());

    auto candidates = store.agendaCandidates(id);
    REQUIRE(candidates.ok());
    QStringList titles;
    for (const AgendaItem& item : *candidates)
        titles << item.title;
    CHECK(titles == QStringList{QStringLiteral("Shared"), QStringLiteral("Ask about the rota")});

    const AgendaItem reflectionAction = candidates->at(1);
    Session s = session(id, QDate(2024, 3, 5), true);
    s.agenda = {reflectionAction};
    auto saved = store.save(s);
    REQUIRE(saved.ok());
    REQUIRE(saved->agenda.size() == 1);
    CHECK(saved->agenda.at(0).title == QStringLiteral("Ask about the rota"));
    CHECK(saved->agenda.at(0).date == QDate(2024, 3, 20));

    // The private reflection's action is refused, and leaves no session behind.
    const QString privateActionId = (*reflections.find(storedSecret->id))->actions.at(0).id;
    Session leak = session(id, QDate(2024, 3, 6), true);
    leak.agenda = {AgendaItem{AgendaItem::Kind::Action, privateActionId, {}, {}}};
    CHECK_FALSE(store.save(leak).ok());
    CHECK(store.list(id)->size() == 1);
}
