#include "tests/core/backupcrafting.h"

#include "core/io/backupexporter.h"
#include "core/io/backupimporter.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/tagstore.h"
#include "core/models/modelcatalog.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"

#include <QJsonDocument>

namespace myfyrio::test {

namespace {

AgreementContent contentFor(const QString& supervisor)
{
    AgreementContent content;
    content.supervisorName = supervisor;
    content.superviseeName = QStringLiteral("Siân Ffion Jones");
    content.startDate = QDate(2024, 1, 10);
    content.frequencyWeeks = 4;
    content.texts.insert(QStringLiteral("confidentiality"), QStringLiteral("Pryderon diogelu."));
    return content;
}

QString signedAgreement(const Database& db, const AgreementContent& content)
{
    const AgreementStore agreements(db);
    auto agreement = agreements.create(content, SectionCatalog::supervisee());
    REQUIRE(agreement.ok());
    REQUIRE(agreements.sign(agreement->id, {SectionCatalog::supervisor(), content.supervisorName, QDate(2024, 1, 12)})
                .ok());
    REQUIRE(agreements.sign(agreement->id, {SectionCatalog::supervisee(), content.superviseeName, QDate(2024, 1, 12)})
                .ok());
    return agreement->id;
}

} // namespace

CraftedBackup::CraftedBackup() : journal(folder.open())
{
    ReportJournal reflections;
    reflections.fill(*journal);

    ReflectiveModel model;
    model.name = {QStringLiteral("Team huddle"), QStringLiteral("Cwtsh tîm")};
    model.description = {QStringLiteral("Mine"), QStringLiteral("Fy un i")};
    ModelPrompt prompt;
    prompt.code = QStringLiteral("noticed");
    prompt.title = {QStringLiteral("What did I notice?"), QStringLiteral("Beth wnes i sylwi arno?")};
    model.prompts.append(prompt);
    auto created = ModelCatalog(*journal).create(model);
    REQUIRE(created.ok());
    ownModelCode = created->code;
    Reflection huddle;
    huddle.title = QStringLiteral("Huddle");
    huddle.date = QDate(2024, 6, 1);
    huddle.model = ownModelCode;
    huddle.answers.insert(QStringLiteral("noticed"), QStringLiteral("Everyone spoke."));
    huddle.tags = {QStringLiteral("team")};
    REQUIRE(ReflectionStore(*journal).add(huddle).ok());

    AgreementContent content = contentFor(QStringLiteral("Dr Gwenllian Ffransis"));
    firstAgreement = signedAgreement(*journal, content);
    content.texts.insert(QStringLiteral("recording"), QStringLiteral("A new draft."));
    REQUIRE(AgreementStore(*journal).saveDraft(firstAgreement, content).ok());
    secondAgreement = signedAgreement(*journal, contentFor(QStringLiteral("Eleri Morgan")));
    Session record;
    record.agreementId = firstAgreement;
    record.date = QDate(2024, 4, 20);
    record.notes = QStringLiteral("Notes");
    record.functions = {QStringLiteral("support")};
    record.agenda = {AgendaItem{AgendaItem::Kind::Reflection, reflections.english.id, {}, {}}};
    REQUIRE(SessionStore(*journal).save(record).ok());

    auto doc = BackupExporter(*journal).document();
    REQUIRE(doc.ok());
    root = doc->object();
}

QJsonArray CraftedBackup::rows(const QString& table) const
{
    return root.value(QStringLiteral("tables")).toObject().value(table).toArray();
}

void CraftedBackup::setRows(const QString& table, const QJsonArray& rows)
{
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    tables.insert(table, rows);
    root.insert(QStringLiteral("tables"), tables);
}

void CraftedBackup::change(const QString& table, const std::function<bool(const QJsonObject&)>& which,
                           const std::function<void(QJsonObject&)>& how)
{
    QJsonArray all = rows(table);
    for (int i = 0; i < all.size(); ++i) {
        QJsonObject row = all.at(i).toObject();
        if (!which(row))
            continue;
        how(row);
        all.replace(i, row);
        setRows(table, all);
        return;
    }
    FAIL("no record to change in " << table.toStdString());
}

QByteArray CraftedBackup::bytes() const
{
    return QJsonDocument(root).toJson();
}

ImportReport importOk(const Database& db, const QByteArray& bytes)
{
    auto report = BackupImporter(db).importBytes(bytes, QStringLiteral("crafted.json"));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return *report;
}

void requireUsable(const Database& db)
{
    const ReflectionStore store(db);
    auto summaries = store.list();
    REQUIRE(summaries.ok());
    REQUIRE(store.months().ok());
    ReflectionFilter words;
    words.text = QStringLiteral("teulu");
    REQUIRE(store.count(words).ok());
    auto all = store.listFull();
    INFO(all.error().toStdString());
    REQUIRE(all.ok());
    CHECK(all->size() == summaries->size());
    for (Reflection reflection : *all) {
        auto found = store.find(reflection.id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK((*found)->date.isValid());
        reflection.body += QStringLiteral(" Saved again.");
        auto saved = store.update(reflection);
        INFO(reflection.id.toStdString() << " " << saved.error().toStdString());
        CHECK(saved.ok());
    }
    auto agreements = AgreementStore(db).list();
    INFO(agreements.error().toStdString());
    REQUIRE(agreements.ok());
    for (const Agreement& agreement : *agreements) {
        CHECK(agreement.head() != nullptr);
        REQUIRE(SessionStore(db).list(agreement.id).ok());
    }
    auto models = ModelCatalog(db).all();
    INFO(models.error().toStdString());
    REQUIRE(models.ok());
    REQUIRE(TagStore(db).all().ok());
}

QString skippedText(const ImportReport& report)
{
    return report.skipped.join(QLatin1Char('\n'));
}

} // namespace myfyrio::test
