// Crafted backups that are shaped right but mean something a journal cannot
// hold: each bad record is left out with a sentence, the others come in, and
// the journal still opens, lists, searches and saves afterwards.

#include "core/journal/reflectionstore.h"
#include "core/supervision/agreementstore.h"
#include "tests/core/backupcrafting.h"
#include "tests/support/catch.h"

#include <QJsonDocument>

using namespace myfyrio;
using myfyrio::test::CraftedBackup;
using myfyrio::test::importOk;
using myfyrio::test::requireUsable;
using myfyrio::test::skippedText;
using myfyrio::test::TempJournal;

namespace {

const QString versions = QStringLiteral("supervision_agreement_version");
const QString signatures = QStringLiteral("supervision_signature");

std::function<bool(const QJsonObject&)> where(const char* column, const QString& value)
{
    return [column, value](const QJsonObject& row) { return row.value(QLatin1String(column)).toString() == value; };
}

std::function<bool(const QJsonObject&)> versionOf(const QString& agreement, int number)
{
    return [agreement, number](const QJsonObject& row) {
        return row.value(QStringLiteral("agreement_id")).toString() == agreement
               && row.value(QStringLiteral("number")).toInt() == number;
    };
}

std::function<void(QJsonObject&)> set(const char* column, const QJsonValue& value)
{
    return [column, value](QJsonObject& row) { row.insert(QLatin1String(column), value); };
}

QString versionId(const CraftedBackup& crafted, const QString& agreement, int number)
{
    for (const QJsonValue& row : crafted.rows(versions)) {
        if (versionOf(agreement, number)(row.toObject()))
            return row.toObject().value(QStringLiteral("id")).toString();
    }
    FAIL("no such version");
    return {};
}

QStringList agreementIds(const Database& db)
{
    auto all = AgreementStore(db).list();
    REQUIRE(all.ok());
    QStringList ids;
    for (const Agreement& agreement : *all)
        ids << agreement.id;
    return ids;
}

int reflectionCount(const Database& db)
{
    auto count = ReflectionStore(db).count();
    REQUIRE(count.ok());
    return *count;
}

} // namespace

TEST_CASE("changed words in a signed agreement version are refused; the other agreement comes in", "[backup]")
{
    CraftedBackup crafted;
    crafted.change(versions, versionOf(crafted.secondAgreement, 1), [](QJsonObject& row) {
        QJsonObject content =
            QJsonDocument::fromJson(row.value(QStringLiteral("content")).toString().toUtf8()).object();
        QJsonObject texts = content.value(QStringLiteral("sections")).toObject();
        REQUIRE(texts.contains(QStringLiteral("confidentiality")));
        texts.insert(QStringLiteral("confidentiality"), QStringLiteral("Dim pryderon o gwbl."));
        content.insert(QStringLiteral("sections"), texts);
        row.insert(QStringLiteral("content"), QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    });

    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    CHECK(skippedText(report).contains(QStringLiteral("changed since it was signed")));
    CHECK(skippedText(report).contains(crafted.secondAgreement));
    CHECK(agreementIds(*db) == QStringList{crafted.firstAgreement});
    CHECK(reflectionCount(*db) == reflectionCount(*crafted.journal));
    requireUsable(*db);

    // Into the journal that has the true version: the journal's words stay, still signed.
    const auto merged = importOk(*crafted.journal, crafted.bytes());
    CHECK(merged.added == 0);
    auto kept = AgreementStore(*crafted.journal).find(crafted.secondAgreement);
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK((*kept)->status() == Agreement::Status::Signed);
    CHECK((*kept)->head()->content.text(QStringLiteral("confidentiality")) == QStringLiteral("Pryderon diogelu."));
    requireUsable(*crafted.journal);
}

TEST_CASE("forged signatures never turn a draft into a signed agreement", "[backup]")
{
    CraftedBackup crafted;
    const QString draft = versionId(crafted, crafted.firstAgreement, 2);
    QJsonArray signed_ = crafted.rows(signatures);
    for (const char* party : {"supervisor", "supervisee"})
        signed_.append(QJsonObject{{QStringLiteral("version_id"), draft},
                                   {QStringLiteral("party"), QLatin1String(party)},
                                   {QStringLiteral("full_name"), QStringLiteral("Someone Else")},
                                   {QStringLiteral("signed_on"), QStringLiteral("2024-05-01")}});
    crafted.setRows(signatures, signed_);

    SECTION("into an empty journal")
    {
        TempJournal target;
        auto db = target.open();
        const auto report = importOk(*db, crafted.bytes());
        CHECK(skippedText(report).contains(QStringLiteral("no fingerprint")));
        CHECK(agreementIds(*db) == QStringList{crafted.secondAgreement});
        requireUsable(*db);
    }
    SECTION("into the journal that has the draft")
    {
        const auto report = importOk(*crafted.journal, crafted.bytes());
        CHECK(skippedText(report).contains(QStringLiteral("no fingerprint")));
        auto agreement = AgreementStore(*crafted.journal).find(crafted.firstAgreement);
        REQUIRE(agreement.ok());
        REQUIRE(agreement->has_value());
        CHECK((*agreement)->head()->isDraft());
        CHECK((*agreement)->head()->signatures.isEmpty());
        requireUsable(*crafted.journal);
    }
    SECTION("a fingerprint on a draft")
    {
        crafted.setRows(signatures, QJsonArray());
        crafted.change(versions, versionOf(crafted.firstAgreement, 2),
                       set("fingerprint", QStringLiteral("7F3A-91C2-04BD-E5A8")));
        TempJournal target;
        auto db = target.open();
        const auto report = importOk(*db, crafted.bytes());
        // Without their signatures every signed version fails too; the draft's fingerprint is named first.
        CHECK(agreementIds(*db).isEmpty());
        CHECK(report.skipped.size() == 2);
        requireUsable(*db);
    }
}

TEST_CASE("one unreadable agreement does not hide the others", "[backup]")
{
    CraftedBackup crafted;
    crafted.change(versions, versionOf(crafted.firstAgreement, 1), set("content", QStringLiteral("{not json")));
    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    CHECK(skippedText(report).contains(QStringLiteral("cannot be read")));
    CHECK(skippedText(report).contains(crafted.firstAgreement));
    CHECK(agreementIds(*db) == QStringList{crafted.secondAgreement});
    CHECK(report.leftOutWith > 0); // its versions, signatures, session and actions went with it
    requireUsable(*db);
}

TEST_CASE("a reflection whose model neither journal nor backup has is left out; the rest can be saved", "[backup]")
{
    CraftedBackup crafted;
    crafted.change(QStringLiteral("reflection"), where("title", QStringLiteral("Huddle")),
                   set("model", QStringLiteral("no_such_model")));
    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    CHECK(skippedText(report).contains(QStringLiteral("“no_such_model”")));
    CHECK(skippedText(report).contains(QStringLiteral("Huddle")));
    CHECK(reflectionCount(*db) == reflectionCount(*crafted.journal) - 1);
    CHECK(report.leftOutWith >= 2); // its answer and its tag link
    requireUsable(*db);

    SECTION("a model whose definition cannot be read takes its reflections with it")
    {
        CraftedBackup other;
        other.change(QStringLiteral("reflective_model"), where("code", other.ownModelCode),
                     set("definition", QStringLiteral("[1, 2]")));
        TempJournal second;
        auto db2 = second.open();
        const auto left = importOk(*db2, other.bytes());
        CHECK(skippedText(left).contains(QStringLiteral("not a reflective model")));
        CHECK(skippedText(left).contains(QStringLiteral("Huddle")));
        requireUsable(*db2);
    }
}

TEST_CASE("impossible dates and times are refused record by record, never changed", "[backup]")
{
    CraftedBackup crafted;
    crafted.change(QStringLiteral("reflection"), where("title", QStringLiteral("Huddle")),
                   set("entry_date", QStringLiteral("2024-02-30")));
    crafted.change(
        QStringLiteral("reflection"),
        [](const QJsonObject& row) {
            return row.value(QStringLiteral("title")).toString() != QStringLiteral("Huddle");
        },
        set("created_at", QStringLiteral("yesterday")));
    crafted.change(QStringLiteral("supervision_session"), where("agreement_id", crafted.firstAgreement),
                   set("session_date", QStringLiteral("2024-04-31")));
    crafted.change(
        QStringLiteral("reflection_action"), [](const QJsonObject&) { return true; },
        set("due_date", QStringLiteral("2023-13-01")));
    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    const QString text = skippedText(report);
    for (const char* value : {"2024-02-30", "yesterday", "2024-04-31", "2023-13-01"}) {
        INFO(value);
        CHECK(text.contains(QLatin1String(value)));
    }
    CHECK(reflectionCount(*db) == reflectionCount(*crafted.journal) - 2);
    CHECK(agreementIds(*db).size() == 2); // a bad session leaves its agreement alone
    requireUsable(*db);
}

TEST_CASE("an empty or hostile id is refused", "[backup]")
{
    CraftedBackup crafted;
    crafted.change(QStringLiteral("reflection"), where("title", QStringLiteral("Huddle")), set("id", QString()));
    crafted.change(
        QStringLiteral("reflection"),
        [](const QJsonObject& row) { return !row.value(QStringLiteral("id")).toString().isEmpty(); },
        set("id", QStringLiteral("/../../x")));
    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    CHECK(skippedText(report).contains(QStringLiteral("It has no id.")));
    CHECK(skippedText(report).contains(QStringLiteral("“/../../x” is not a valid record id")));
    CHECK(reflectionCount(*db) == reflectionCount(*crafted.journal) - 2);
    requireUsable(*db);
}

TEST_CASE("codes this journal does not know are refused", "[backup]")
{
    CraftedBackup crafted;
    const auto any = [](const QJsonObject&) { return true; };
    crafted.change(QStringLiteral("reflection"), where("lang", QStringLiteral("cy")),
                   set("lang", QStringLiteral("fr")));
    crafted.change(QStringLiteral("reflection"), where("lang", QStringLiteral("en")),
                   set("scale", QStringLiteral("galaxy")));
    crafted.change(QStringLiteral("failure_placement"), any, set("reason", QStringLiteral("bad_luck")));
    crafted.change(QStringLiteral("supervision_session_function"), any, set("function", QStringLiteral("gossip")));
    crafted.change(QStringLiteral("supervision_agenda_item"), any, set("kind", QStringLiteral("rumour")));
    crafted.change(QStringLiteral("supervision_agreement"), where("id", crafted.secondAgreement),
                   set("owner_role", QStringLiteral("boss")));
    crafted.change(QStringLiteral("tag"), any, set("folded", QStringLiteral("something else")));
    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    const QString text = skippedText(report);
    for (const char* code : {"“fr”", "“galaxy”", "“bad_luck”", "“gossip”", "“rumour”", "“boss”", "“something else”"}) {
        INFO(code);
        CHECK(text.contains(QString::fromUtf8(code)));
    }
    CHECK(agreementIds(*db) == QStringList{crafted.firstAgreement});
    requireUsable(*db);
}

TEST_CASE("records that are not records, hold values no column can, or refer to nothing are left out", "[backup]")
{
    CraftedBackup crafted;
    QJsonArray reflections = crafted.rows(QStringLiteral("reflection"));
    const QJsonObject first = reflections.at(0).toObject();
    reflections.append(42);
    reflections.append(first); // the same record twice
    QJsonObject arrayTitle = first;
    arrayTitle.insert(QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000002"));
    arrayTitle.remove(QStringLiteral("seq"));
    arrayTitle.insert(QStringLiteral("title"), QJsonArray{1, 2});
    reflections.append(arrayTitle);
    crafted.setRows(QStringLiteral("reflection"), reflections);
    QJsonArray links = crafted.rows(QStringLiteral("reflection_tag"));
    links.append(QJsonObject{{QStringLiteral("reflection_id"), QStringLiteral("00000000-0000-4000-8000-00000000dead")},
                             {QStringLiteral("tag_id"), links.at(0).toObject().value(QStringLiteral("tag_id"))}});
    crafted.setRows(QStringLiteral("reflection_tag"), links);

    TempJournal target;
    auto db = target.open();
    const auto report = importOk(*db, crafted.bytes());
    const QString text = skippedText(report);
    CHECK(text.contains(QStringLiteral("It is not a record.")));
    CHECK(text.contains(QStringLiteral("more than once")));
    CHECK(text.contains(QStringLiteral("“title” cannot be stored")));
    CHECK(text.contains(QStringLiteral("00000000-0000-4000-8000-00000000dead")));
    CHECK(report.skipped.size() == 4);
    CHECK(reflectionCount(*db) == reflectionCount(*crafted.journal));
    requireUsable(*db);
    // The journal still opens afterwards, and passes its check.
    db.reset();
    REQUIRE(Database::open(target.path()).ok());
}

TEST_CASE("a record may refer to one the journal has though the backup lacks its table", "[backup]")
{
    CraftedBackup crafted;
    const QJsonArray reflections = crafted.rows(QStringLiteral("reflection"));
    const QJsonArray tags = crafted.rows(QStringLiteral("tag"));
    REQUIRE(reflections.size() >= 2);
    REQUIRE_FALSE(tags.isEmpty());
    QJsonObject root = crafted.root;
    QJsonArray links;
    for (const QJsonValue& reflection : reflections)
        links.append(QJsonObject{{QStringLiteral("reflection_id"), reflection.toObject().value(QStringLiteral("id"))},
                                 {QStringLiteral("tag_id"), tags.at(0).toObject().value(QStringLiteral("id"))}});
    root.insert(QStringLiteral("tables"), QJsonObject{{QStringLiteral("reflection_tag"), links}});
    const auto report = importOk(*crafted.journal, QJsonDocument(root).toJson());
    CHECK(report.skipped.isEmpty());
    CHECK(report.added + report.unchanged == reflections.size());
    CHECK(report.added > 0);
    requireUsable(*crafted.journal);
}
