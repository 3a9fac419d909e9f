#include "core/io/backupexporter.h"
#include "core/io/backupimporter.h"
#include "core/journal/reflectionstore.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace myfyrio;

namespace {

QJsonObject tablesOf(const Database& db)
{
    auto doc = BackupExporter(db).document();
    REQUIRE(doc.ok());
    return doc->object().value(QStringLiteral("tables")).toObject();
}

} // namespace

TEST_CASE("a backup of every feature restores exactly and merges without duplicates", "[backup]")
{
    test::TempJournal source;
    auto db = source.open();
    test::ReportJournal journal;
    journal.fill(*db);
    AgreementContent content;
    content.supervisorName = QStringLiteral("Dr Gwenllian Ffransis");
    content.superviseeName = QStringLiteral("Siân Ffion Jones");
    content.startDate = QDate(2024, 1, 10);
    content.frequencyWeeks = 4;
    content.texts.insert(QStringLiteral("confidentiality"), QStringLiteral("Pryderon diogelu."));
    const AgreementStore agreements(*db);
    auto agreement = agreements.create(content, SectionCatalog::supervisee());
    REQUIRE(agreement.ok());
    REQUIRE(agreements.sign(agreement->id, {SectionCatalog::supervisor(), content.supervisorName, QDate(2024, 1, 12)})
                .ok());
    REQUIRE(agreements.sign(agreement->id, {SectionCatalog::supervisee(), content.superviseeName, QDate(2024, 1, 12)})
                .ok());
    content.texts.insert(QStringLiteral("recording"), QStringLiteral("A new draft."));
    REQUIRE(agreements.saveDraft(agreement->id, content).ok());
    Session record;
    record.agreementId = agreement->id;
    record.date = QDate(2024, 4, 20);
    record.notes = QStringLiteral("Notes");
    record.functions = {QStringLiteral("support")};
    record.agenda = {AgendaItem{AgendaItem::Kind::Reflection, journal.english.id, {}, {}}};
    SessionAction action;
    action.description = QStringLiteral("Send the rota");
    record.actions = {action};
    REQUIRE(SessionStore(*db).save(record).ok());

    const QJsonObject before = tablesOf(*db);
    // Every feature's table holds something, so the comparison below means something.
    for (const QString& table :
         {QStringLiteral("reflection_answer"), QStringLiteral("reflection_action"), QStringLiteral("failure_placement"),
          QStringLiteral("supervision_agreement"), QStringLiteral("supervision_agreement_version"),
          QStringLiteral("supervision_signature"), QStringLiteral("supervision_session"),
          QStringLiteral("supervision_agenda_item"), QStringLiteral("supervision_action")}) {
        INFO(table.toStdString());
        CHECK_FALSE(before.value(table).toArray().isEmpty());
    }
    auto bytes = BackupExporter(*db).document();
    REQUIRE(bytes.ok());

    test::TempJournal target;
    auto restored = target.open();
    auto first = BackupImporter(*restored).importBytes(bytes->toJson(), QStringLiteral("backup.json"));
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    CHECK(first->conflicts.isEmpty());
    CHECK(tablesOf(*restored) == before);

    auto second = BackupImporter(*restored).importBytes(bytes->toJson(), QStringLiteral("backup.json"));
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->conflicts.isEmpty());
    CHECK(tablesOf(*restored) == before);

    // The restored journal reads back as the original did.
    auto original = ReflectionStore(*db).listFull();
    auto copy = ReflectionStore(*restored).listFull();
    REQUIRE(original.ok());
    REQUIRE(copy.ok());
    REQUIRE(copy->size() == original->size());
    for (int i = 0; i < copy->size(); ++i) {
        CHECK(copy->at(i).answers == original->at(i).answers);
        CHECK(copy->at(i).actions == original->at(i).actions);
        CHECK(copy->at(i).tags == original->at(i).tags);
    }
}
