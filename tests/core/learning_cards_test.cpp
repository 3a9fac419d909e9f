#include "core/journal/reflectionstore.h"
#include "core/learning/cardcheck.h"
#include "core/learning/carddraft.h"
#include "core/learning/cardfolderreader.h"
#include "core/learning/cardformat.h"
#include "core/learning/cardsharing.h"
#include "core/learning/sharedcardstore.h"
#include "core/storage/journalchanges.h"
#include "core/storage/migration.h"
#include "core/storage/sql.h"
#include "tests/core/cardfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

const QString secretBody =
    QStringLiteral("Es i weld Mair Pritchard yn ei fflat yn CF10 3AT. Ei rhif GIG yw 943 476 5919 a'i ffôn yw "
                   "029 2034 5678. Roedd hi'n poeni'n fawr am y newid yn ei gofal hi a'i chymdogion.");

Reflection secretReflection()
{
    return test::cardReflection(QStringLiteral("Ymweliad cartref"), QDate(2024, 3, 17), QStringLiteral("cy"),
                                QStringLiteral("Mae gofyn beth sy'n bwysig yn gyntaf yn newid yr ymweliad."),
                                QStringLiteral("Amser i wrando yn y llwyth gwaith."), QStringLiteral("person"),
                                FailureReason::TaskChallenge, secretBody);
}

QStringList cardFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.myfyrio-card")}, QDir::Files | QDir::Hidden);
}

QString fileText(const QString& path)
{
    return QString::fromUtf8(test::fileBytes(path));
}

const ProtectedNames mair{QStringList{QStringLiteral("Mair Pritchard")}};

} // namespace

TEST_CASE("A draft card takes only what the writer set apart: never the body, the day or the blame", "[cards]")
{
    Reflection reflection = secretReflection();
    reflection.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    reflection.tags = {QStringLiteral("gwrando"), QStringLiteral("cartref")};
    const LearningCard card = CardDraft::fromReflection(reflection);
    CHECK(CardFormat::isCardId(card.id));
    CHECK(card.title == QStringLiteral("Ymweliad cartref"));
    CHECK(card.lesson == QStringLiteral("Mae gofyn beth sy'n bwysig yn gyntaf yn newid yr ymweliad."));
    CHECK(card.enabling == QStringLiteral("Amser i wrando yn y llwyth gwaith."));
    CHECK(card.month == QDate(2024, 3, 1));
    CHECK(card.language == QStringLiteral("cy"));
    CHECK(card.scale == QStringLiteral("person"));
    CHECK(card.tags == reflection.tags);
    REQUIRE(card.failure);
    CHECK(card.failure->reason == FailureReason::TaskChallenge);
    CHECK(card.failure->type == FailureSpectrum::suggestedType(FailureReason::TaskChallenge));
    CHECK(card.author.isEmpty());
    CHECK(CardDraft::lessonPrompt(reflection) == QStringLiteral("learning"));

    const QString json = QString::fromUtf8(CardFormat::serialize(card));
    CHECK_FALSE(json.contains(QStringLiteral("Mair")));
    CHECK_FALSE(json.contains(QStringLiteral("CF10")));
    CHECK_FALSE(json.contains(QStringLiteral("2024-03-17")));
    CHECK_FALSE(json.contains(QStringLiteral("systemFactors")));
    CHECK_FALSE(json.contains(QStringLiteral("blame")));
    CHECK_FALSE(json.contains(QStringLiteral("Notes on the system")));

    // Gibbs' conclusion is a lesson too; free writing gives none (the body is never copied).
    Reflection gibbs = reflection;
    gibbs.answers = {{QStringLiteral("conclusion"), QStringLiteral("Gofyn yn gyntaf.")}};
    CHECK(CardDraft::fromReflection(gibbs).lesson == QStringLiteral("Gofyn yn gyntaf."));
    Reflection free = reflection;
    free.answers.clear();
    CHECK(CardDraft::fromReflection(free).lesson.isEmpty());
    CHECK(CardDraft::fromReflection(free).enabling.isEmpty());
}

TEST_CASE("The card format round-trips, and a withdrawal record is a card file of its own", "[cards]")
{
    LearningCard card;
    card.id = QStringLiteral("3f2b8c1e-8d4a-4e7b-9a1c-2b3c4d5e6f70");
    card.title = QStringLiteral("Dŵr a chwestiynau");
    card.lesson = QStringLiteral("Line one.\nLlinell dau: ŵ ŷ â.");
    card.enabling = QStringLiteral("Amser i fyfyrio gyda'n gilydd?");
    card.scale = QStringLiteral("place");
    card.tags = {QStringLiteral("dŵr"), QStringLiteral("team")};
    card.month = QDate(2023, 11, 1);
    card.language = QStringLiteral("cy");
    card.author = QStringLiteral("TG");
    card.failure = CardFailure{FailureReason::Uncertainty, FailureType::Intelligent, FailureSetting::Novel};

    const QByteArray bytes = CardFormat::serialize(card);
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    CHECK(object.value(QStringLiteral("format")).toString() == QStringLiteral("myfyrio-card"));
    CHECK(object.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(object.value(QStringLiteral("month")).toString() == QStringLiteral("2023-11"));
    CHECK(object.value(QStringLiteral("failure")).toObject().value(QStringLiteral("type")).toString()
          == QStringLiteral("intelligent"));
    auto parsed = CardFormat::parse(bytes);
    REQUIRE(parsed.ok());
    CHECK_FALSE(parsed->withdrawn);
    CHECK(parsed->card == card);

    card.failure.reset();
    card.scale.clear();
    card.tags.clear();
    auto plain = CardFormat::parse(CardFormat::serialize(card));
    REQUIRE(plain.ok());
    CHECK(plain->card == card);

    auto withdrawal = CardFormat::parse(CardFormat::serializeWithdrawal(card.id));
    REQUIRE(withdrawal.ok());
    CHECK(withdrawal->withdrawn);
    CHECK(withdrawal->card.id == card.id);
    CHECK(CardFormat::fileName(card.id) == card.id + QStringLiteral(".myfyrio-card"));
}

TEST_CASE("Sharing writes an owner-only card file and the journal remembers it", "[cards]")
{
    TempJournal journal;
    auto db = journal.open();
    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));
    const Reflection reflection = test::storeReflection(*db, secretReflection());
    QList<QStringList> announced;
    QObject::connect(&db->changes(), &JournalChanges::learningCardsChanged,
                     [&announced](const QStringList& ids) { announced.append(ids); });

    CardShareRequest request{CardDraft::fromReflection(reflection), reflection, folder, mair,
                             CardFindingsChoice::Refuse};
    request.card.author = QStringLiteral("  T.  G. ");
    request.card.tags = {QStringLiteral("gwrando")};
    auto shared = CardSharing::share(*db, request);
    INFO(shared.error().toStdString());
    REQUIRE(shared.ok());
    CHECK(shared->author == QStringLiteral("T. G."));
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0) == QStringList{reflection.id});

    const QString path = QDir(folder).filePath(CardFormat::fileName(shared->id));
    REQUIRE(QFileInfo::exists(path));
    CHECK(QFile::permissions(path)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString text = fileText(path);
    // Never the body, the day, the protected name or an identifier.
    for (const QString& secret :
         {QStringLiteral("Mair"), QStringLiteral("Pritchard"), QStringLiteral("CF10"), QStringLiteral("943 476"),
          QStringLiteral("029 2034"), QStringLiteral("fflat"), QStringLiteral("chymdogion"),
          QStringLiteral("2024-03-17"), QStringLiteral("17 Mawrth")})
        CHECK_FALSE(text.contains(secret));
    CHECK(text.contains(QStringLiteral("\"month\": \"2024-03\"")));

    const SharedCardStore store(*db);
    auto mine = store.ofReflection(reflection.id);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->at(0).id == shared->id);
    CHECK(mine->at(0).folder == QFileInfo(folder).absoluteFilePath());
    CHECK(mine->at(0).title == QStringLiteral("Ymweliad cartref"));
    CHECK_FALSE(mine->at(0).isWithdrawn());
    CHECK(store.resolveId(shared->id.left(8)).value() == shared->id);
}

TEST_CASE("A card with a protected name, an identifier, the day or the body is refused unless redacted or "
          "confirmed",
          "[cards]")
{
    TempJournal journal;
    auto db = journal.open();
    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));
    const Reflection reflection = test::storeReflection(*db, secretReflection());

    LearningCard typed = CardDraft::fromReflection(reflection);
    typed.title = QStringLiteral("Gyda Fair ar 17 Mawrth");
    typed.lesson = QStringLiteral("Ffoniwch 029 2034 5678 wedyn. Roedd hi'n poeni'n fawr am y newid yn ei gofal hi.");
    typed.tags = {QStringLiteral("CF10 3AT")};
    const CardFindings findings = CardCheck::scan(typed, reflection, mair);
    QStringList kinds;
    for (const CardFinding& finding : findings)
        kinds << finding.finding.text;
    CHECK(kinds
          == QStringList{QStringLiteral("Fair"), QStringLiteral("17 Mawrth"), QStringLiteral("029 2034 5678"),
                         QStringLiteral("Roedd hi'n poeni'n fawr am y newid yn ei gofal hi"),
                         QStringLiteral("CF10 3AT")});
    REQUIRE(findings.size() == 5);
    CHECK(findings.at(1).kind == CardFinding::Kind::ReflectionDay);
    CHECK(findings.at(3).kind == CardFinding::Kind::BodyPassage);
    CHECK(CardCheck::describe(findings.at(0)) == QStringLiteral("Name of someone you protect: “Fair” (Title)"));

    SECTION("refused: nothing is written or remembered")
    {
        auto refused = CardSharing::share(*db, {typed, reflection, folder, mair, CardFindingsChoice::Refuse});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == CardSharing::findingsCode());
        CHECK(refused.error().contains(QStringLiteral("“CF10 3AT” (Tag)")));
        CHECK(cardFiles(folder).isEmpty());
        CHECK(SharedCardStore(*db).list()->isEmpty());
    }
    SECTION("redacted: each finding becomes a placeholder in the card's language")
    {
        auto redacted = CardSharing::share(*db, {typed, reflection, folder, mair, CardFindingsChoice::Redact});
        INFO(redacted.error().toStdString());
        REQUIRE(redacted.ok());
        CHECK(redacted->title == QStringLiteral("Gyda [enw] ar [dyddiad]"));
        CHECK(redacted->lesson == QStringLiteral("Ffoniwch [rhif ffôn] wedyn. [darn wedi'i hepgor]."));
        CHECK(redacted->tags == QStringList{QStringLiteral("[cod post]")});
        const QString text = fileText(QDir(folder).filePath(CardFormat::fileName(redacted->id)));
        for (const QString& secret : {QStringLiteral("Fair"), QStringLiteral("Mawrth"), QStringLiteral("2034"),
                                      QStringLiteral("poeni"), QStringLiteral("CF10")})
            CHECK_FALSE(text.contains(secret));
    }
    SECTION("confirmed: what the writer typed goes as typed")
    {
        auto kept = CardSharing::share(*db, {typed, reflection, folder, mair, CardFindingsChoice::KeepConfirmed});
        REQUIRE(kept.ok());
        CHECK(fileText(QDir(folder).filePath(CardFormat::fileName(kept->id))).contains(QStringLiteral("17 Mawrth")));
    }
}

TEST_CASE("The day of a reflection is found however it is written", "[cards]")
{
    Reflection source;
    source.date = QDate(2024, 3, 7);
    LearningCard card;
    card.language = QStringLiteral("en");
    const auto found = [&](const QString& lesson) {
        card.lesson = lesson;
        QStringList texts;
        for (const CardFinding& finding : CardCheck::scan(card, source, {}))
            texts << finding.finding.text;
        return texts;
    };
    CHECK(found(QStringLiteral("On 2024-03-07 we met.")) == QStringList{QStringLiteral("2024-03-07")});
    CHECK(found(QStringLiteral("On 07/03/2024 and 7.3.24."))
          == QStringList{QStringLiteral("07/03/2024"), QStringLiteral("7.3.24")});
    CHECK(found(QStringLiteral("The 7th of March, or March 7."))
          == QStringList{QStringLiteral("7th of March"), QStringLiteral("March 7")});
    CHECK(found(QStringLiteral("Ar y 7fed o Fawrth.")) == QStringList{QStringLiteral("7fed o Fawrth")});
    // Other days, the month alone and numbers are not the day.
    CHECK(found(QStringLiteral("In March 2024, on 17/03/2024, 27 March, room 7.")).isEmpty());
}

TEST_CASE("Withdrawing replaces the card file with a withdrawal record and the journal remembers it", "[cards]")
{
    TempJournal journal;
    auto db = journal.open();
    const QString folder = journal.file(QStringLiteral("cards"));
    const QString copy = journal.file(QStringLiteral("copy"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QDir().mkpath(copy));
    const Reflection reflection = test::storeReflection(*db, secretReflection());
    auto shared = CardSharing::share(*db, {CardDraft::fromReflection(reflection), reflection, folder, mair, {}});
    REQUIRE(shared.ok());
    const QString name = CardFormat::fileName(shared->id);
    // A copy made elsewhere (a synced folder) before the withdrawal.
    REQUIRE(QFile::copy(QDir(folder).filePath(name), QDir(copy).filePath(name)));
    CHECK(CardFolderReader::read({folder, copy}).cards.size() == 1);

    REQUIRE(CardSharing::withdraw(*db, shared->id, folder).ok());
    auto file = CardFolderReader::readFile(QDir(folder).filePath(name));
    REQUIRE(file.ok());
    CHECK(file->withdrawn);
    CHECK_FALSE(fileText(QDir(folder).filePath(name)).contains(QStringLiteral("lesson")));
    auto remembered = SharedCardStore(*db).find(shared->id);
    REQUIRE(remembered.ok());
    REQUIRE(remembered->has_value());
    CHECK((*remembered)->isWithdrawn());

    // The copy still holds the card, but a reader given both folders honours the withdrawal.
    const CardCollection both = CardFolderReader::read({folder, copy});
    CHECK(both.cards.isEmpty());
    CHECK(both.withdrawn == 1);
    CHECK(CardFolderReader::read({copy}).cards.size() == 1);

    // Withdrawing again, or into a folder whose file is gone, writes the record there too.
    REQUIRE(QFile::remove(QDir(copy).filePath(name)));
    REQUIRE(CardSharing::withdraw(*db, shared->id, copy).ok());
    CHECK(CardFolderReader::readFile(QDir(copy).filePath(name))->withdrawn);
}

TEST_CASE("Only a card this journal shared is withdrawn, and a foreign file in its place is left alone", "[cards]")
{
    TempJournal journal;
    auto db = journal.open();
    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));
    const QString stranger = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const QString strangerPath = QDir(folder).filePath(CardFormat::fileName(stranger));
    test::writeFile(strangerPath, QByteArrayLiteral("{\"not\": \"mine\"}"));
    auto refused = CardSharing::withdraw(*db, stranger, folder);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("did not share")));
    CHECK(test::fileBytes(strangerPath) == QByteArrayLiteral("{\"not\": \"mine\"}"));

    const Reflection reflection = test::storeReflection(*db, secretReflection());
    auto shared = CardSharing::share(*db, {CardDraft::fromReflection(reflection), reflection, folder, mair, {}});
    REQUIRE(shared.ok());
    const QString path = QDir(folder).filePath(CardFormat::fileName(shared->id));
    REQUIRE(QFile::remove(path));
    test::writeFile(path, QByteArrayLiteral("someone else's notes"));
    auto foreign = CardSharing::withdraw(*db, shared->id, folder);
    REQUIRE_FALSE(foreign.ok());
    CHECK(test::fileBytes(path) == QByteArrayLiteral("someone else's notes"));
    CHECK_FALSE((*SharedCardStore(*db).find(shared->id))->isWithdrawn());
}

TEST_CASE("A card the journal cannot remember leaves no file behind, and a missing folder is refused", "[cards]")
{
    TempJournal journal;
    auto db = journal.open();
    const Reflection reflection = test::storeReflection(*db, secretReflection());
    auto missing = CardSharing::share(
        *db, {CardDraft::fromReflection(reflection), reflection, journal.file(QStringLiteral("nowhere")), mair, {}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("does not exist")));

    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));
    // A card whose id the journal already has cannot be recorded: the file must not stay.
    LearningCard card = CardDraft::fromReflection(reflection);
    REQUIRE(CardSharing::share(*db, {card, reflection, folder, mair, {}}).ok());
    REQUIRE(QFile::remove(QDir(folder).filePath(CardFormat::fileName(card.id))));
    auto again = CardSharing::share(*db, {card, reflection, folder, mair, {}});
    REQUIRE_FALSE(again.ok());
    CHECK(cardFiles(folder).isEmpty());
    CHECK(SharedCardStore(*db).list()->size() == 1);

    // A card without a lesson is not a card.
    LearningCard empty = CardDraft::fromReflection(reflection);
    empty.lesson = QStringLiteral("   ");
    auto refused = CardSharing::share(*db, {empty, reflection, folder, mair, {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("lesson")));
    CHECK(cardFiles(folder).isEmpty());
}

TEST_CASE("Schema v8 adds the table of shared cards to an older journal", "[cards][storage]")
{
    TempJournal journal;
    {
        auto old = Database::openAtVersion(journal.path(), 7);
        REQUIRE(old.ok());
        CHECK((*old)->schemaVersion() == 7);
    }
    auto db = journal.open();
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 8);
    auto count = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM learning_card"));
    REQUIRE(count.ok());
    CHECK(count->toInt() == 0);
    CHECK(migrations().at(7).version == 8);
}

TEST_CASE("Cards stay known after their reflection is deleted, so they can still be withdrawn", "[cards]")
{
    TempJournal journal;
    auto db = journal.open();
    const QString folder = journal.file(QStringLiteral("cards"));
    REQUIRE(QDir().mkpath(folder));
    const Reflection reflection = test::storeReflection(*db, secretReflection());
    auto shared = CardSharing::share(*db, {CardDraft::fromReflection(reflection), reflection, folder, mair, {}});
    REQUIRE(shared.ok());
    REQUIRE(ReflectionStore(*db).remove(reflection.id).ok());
    REQUIRE(CardSharing::withdraw(*db, shared->id, folder).ok());
    CHECK(CardFolderReader::read({folder}).withdrawn == 1);
}
