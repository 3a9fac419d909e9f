#include "core/learning/cardfolderreader.h"
#include "core/learning/cardformat.h"
#include "core/learning/cardmatcher.h"
#include "core/learning/teamsummary.h"
#include "tests/core/cardfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace myfyrio;

namespace {

LearningCard card(const QString& id, FailureReason reason, const QString& scale, const QDate& month,
                  const QString& enabling = {})
{
    LearningCard c;
    c.id = id;
    c.title = QStringLiteral("Card ") + id.left(4);
    c.lesson = QStringLiteral("What we learned.");
    c.enabling = enabling;
    c.scale = scale;
    c.month = month;
    c.language = QStringLiteral("en");
    c.failure = CardFailure{reason, FailureSpectrum::suggestedType(reason), std::nullopt};
    return c;
}

QString idOf(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

void put(const QString& folder, const QString& name, const QByteArray& bytes)
{
    test::writeFile(QDir(folder).filePath(name), bytes);
}

QByteArray withMember(const LearningCard& c, const QString& key, const QJsonValue& value)
{
    QJsonObject object = QJsonDocument::fromJson(CardFormat::serialize(c)).object();
    object.insert(key, value);
    return QJsonDocument(object).toJson();
}

} // namespace

TEST_CASE("Malformed and hostile card files are skipped and counted, never trusted", "[cards][folders]")
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    const LearningCard good = card(idOf(1), FailureReason::Uncertainty, QStringLiteral("place"), QDate(2024, 1, 1));
    put(folder, QStringLiteral("good.myfyrio-card"), CardFormat::serialize(good));

    // Huge: over the size a card can be, even if it were valid JSON.
    QByteArray huge = CardFormat::serialize(good);
    huge.insert(1, QByteArray(CardFormat::maximumFileBytes, ' '));
    put(folder, QStringLiteral("huge.myfyrio-card"), huge);
    // Deep: nesting far beyond a card's two levels.
    put(folder, QStringLiteral("deep.myfyrio-card"), QByteArray(20000, '[') + QByteArray(20000, ']'));
    put(folder, QStringLiteral("deep-object.myfyrio-card"),
        withMember(card(idOf(2), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("failure"),
                   QJsonObject{{QStringLiteral("reason"), QJsonObject{{QStringLiteral("x"), QJsonArray{}}}}}));
    // Wrong types and values.
    put(folder, QStringLiteral("title-number.myfyrio-card"),
        withMember(card(idOf(3), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("title"), 42));
    put(folder, QStringLiteral("tags-object.myfyrio-card"),
        withMember(card(idOf(4), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("tags"),
                   QJsonObject{}));
    put(folder, QStringLiteral("tag-number.myfyrio-card"),
        withMember(card(idOf(5), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("tags"),
                   QJsonArray{1, 2}));
    put(folder, QStringLiteral("reason.myfyrio-card"),
        withMember(card(idOf(6), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("failure"),
                   QJsonObject{{QStringLiteral("reason"), QStringLiteral("sabotage")},
                               {QStringLiteral("type"), QStringLiteral("basic")}}));
    put(folder, QStringLiteral("month.myfyrio-card"),
        withMember(card(idOf(7), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("month"),
                   QStringLiteral("2024-03-17")));
    put(folder, QStringLiteral("scale.myfyrio-card"),
        withMember(card(idOf(8), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("scale"),
                   QStringLiteral("galaxy")));
    put(folder, QStringLiteral("version.myfyrio-card"),
        withMember(card(idOf(9), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("formatVersion"), 2));
    put(folder, QStringLiteral("id.myfyrio-card"),
        withMember(card(idOf(10), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("id"),
                   QStringLiteral("{00000000-0000-4000-8000-00000000000A}")));
    put(folder, QStringLiteral("withdrawn-false.myfyrio-card"),
        withMember(card(idOf(11), FailureReason::Deviance, {}, QDate(2024, 1, 1)), QStringLiteral("withdrawn"), false));
    put(folder, QStringLiteral("array.myfyrio-card"), QByteArrayLiteral("[1, 2, 3]"));
    put(folder, QStringLiteral("empty.myfyrio-card"), QByteArray());
    put(folder, QStringLiteral("truncated.myfyrio-card"), CardFormat::serialize(good).left(40));
    // Not UTF-8: a Latin-1 byte in the title.
    QByteArray latin1 = CardFormat::serialize(card(idOf(12), FailureReason::Deviance, {}, QDate(2024, 1, 1)));
    latin1.replace("Card", "C\xe2rd");
    put(folder, QStringLiteral("latin1.myfyrio-card"), latin1);
    // A link to a card elsewhere, a dangling link, a pipe and a folder named like a card.
    QTemporaryDir elsewhere;
    put(elsewhere.path(), QStringLiteral("real.myfyrio-card"),
        CardFormat::serialize(card(idOf(13), FailureReason::Deviance, {}, QDate(2024, 1, 1))));
    REQUIRE(QFile::link(QDir(elsewhere.path()).filePath(QStringLiteral("real.myfyrio-card")),
                        QDir(folder).filePath(QStringLiteral("link.myfyrio-card"))));
    REQUIRE(
        QFile::link(QStringLiteral("/nonexistent/x"), QDir(folder).filePath(QStringLiteral("dangling.myfyrio-card"))));
    REQUIRE(::mkfifo(QFile::encodeName(QDir(folder).filePath(QStringLiteral("pipe.myfyrio-card"))).constData(), 0600)
            == 0);
    REQUIRE(QDir(folder).mkdir(QStringLiteral("folder.myfyrio-card")));
    // Files of other kinds are not cards and are not counted.
    put(folder, QStringLiteral("notes.txt"), QByteArrayLiteral("hello"));

    const CardCollection collection = CardFolderReader::read({folder});
    REQUIRE(collection.cards.size() == 1);
    CHECK(collection.cards.at(0) == good);
    CHECK(collection.files == 21);
    CHECK(collection.malformed == 20);
    CHECK(collection.withdrawn == 0);
    CHECK(collection.unreadableFolders.isEmpty());
    // Read, never written: the pipe was not opened for writing and nothing was added.
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size() == 22);
}

TEST_CASE("Cards are de-duplicated by id across folders; copies that differ are left out", "[cards][folders]")
{
    QTemporaryDir a;
    QTemporaryDir b;
    const LearningCard one = card(idOf(1), FailureReason::Deviance, {}, QDate(2024, 1, 1));
    const LearningCard two = card(idOf(2), FailureReason::HypothesisTesting, {}, QDate(2024, 2, 1));
    LearningCard forged = two;
    forged.lesson = QStringLiteral("Someone else's words under the same id.");
    put(a.path(), CardFormat::fileName(one.id), CardFormat::serialize(one));
    put(b.path(), CardFormat::fileName(one.id), CardFormat::serialize(one));
    put(b.path(), QStringLiteral("copy of card.myfyrio-card"), CardFormat::serialize(one));
    put(a.path(), CardFormat::fileName(two.id), CardFormat::serialize(two));
    put(b.path(), CardFormat::fileName(two.id), CardFormat::serialize(forged));

    const CardCollection collection = CardFolderReader::read({a.path(), b.path(), a.path()});
    REQUIRE(collection.cards.size() == 1);
    CHECK(collection.cards.at(0).id == one.id);
    CHECK(collection.conflicting == 1);
    CHECK(collection.malformed == 0);
    CHECK(collection.files == 5);

    const CardCollection missing = CardFolderReader::read({a.path() + QStringLiteral("/nope")});
    CHECK(missing.unreadableFolders == QStringList{a.path() + QStringLiteral("/nope")});
}

TEST_CASE("A folder big enough to be read on several threads gives the same cards as one read alone",
          "[cards][folders]")
{
    // 5,000 files: every share of the listing holds copies, withdrawals,
    // forgeries and junk of cards whose other files are in another share.
    QTemporaryDir folder;
    int expectedCards = 0;
    int expectedWithdrawn = 0;
    int expectedConflicting = 0;
    int expectedMalformed = 0;
    for (int n = 0; n < 4000; ++n) {
        const LearningCard c = card(idOf(n), FailureReason::Uncertainty, {}, QDate(2020 + n % 5, 1 + n % 12, 1));
        put(folder.path(), CardFormat::fileName(c.id), CardFormat::serialize(c));
        if (n % 4 == 0) {
            put(folder.path(), QStringLiteral("copy-%1.myfyrio-card").arg(n), CardFormat::serialize(c));
        } else if (n % 4 == 1) {
            put(folder.path(), QStringLiteral("withdrawn-%1.myfyrio-card").arg(n),
                CardFormat::serializeWithdrawal(c.id));
            ++expectedWithdrawn;
            continue;
        } else if (n % 20 == 2) {
            LearningCard forged = c;
            forged.title = QStringLiteral("Forged");
            put(folder.path(), QStringLiteral("forged-%1.myfyrio-card").arg(n), CardFormat::serialize(forged));
            ++expectedConflicting;
            continue;
        } else if (n % 20 == 3) {
            put(folder.path(), QStringLiteral("junk-%1.myfyrio-card").arg(n), QByteArrayLiteral("{\"format\":"));
            ++expectedMalformed;
        }
        ++expectedCards;
    }
    const CardCollection collection = CardFolderReader::read({folder.path()});
    CHECK(collection.files == 4000 + 1000 + 1000 + 200 + 200);
    CHECK(collection.cards.size() == expectedCards);
    CHECK(collection.withdrawn == expectedWithdrawn);
    CHECK(collection.conflicting == expectedConflicting);
    CHECK(collection.malformed == expectedMalformed);
    // The latest month first, then by id: the same order however the files were shared out.
    for (int i = 1; i < collection.cards.size(); ++i) {
        const LearningCard& a = collection.cards.at(i - 1);
        const LearningCard& b = collection.cards.at(i);
        REQUIRE((a.month > b.month || (a.month == b.month && a.id < b.id)));
    }
}

TEST_CASE("The summary counts reasons, types, regions, scales and enabling questions", "[cards][summary]")
{
    QVector<LearningCard> cards{
        card(idOf(1), FailureReason::Deviance, QStringLiteral("person"), QDate(2024, 1, 1),
             QStringLiteral("Smaller case loads?")),
        card(idOf(2), FailureReason::Inattention, QStringLiteral("organisation"), QDate(2024, 1, 1),
             QStringLiteral("smaller case loads")),
        card(idOf(3), FailureReason::ProcessComplexity, QStringLiteral("organisation"), QDate(2024, 3, 1),
             QStringLiteral("Smaller case loads.")),
        card(idOf(4), FailureReason::HypothesisTesting, QStringLiteral("place"), QDate(2024, 3, 1),
             QStringLiteral("Shared reflective spaces")),
        card(idOf(5), FailureReason::ExploratoryTesting, QString(), QDate(2024, 4, 1),
             QStringLiteral("Amser i fyfyrio")),
    };
    LearningCard unplaced = card(idOf(6), FailureReason::Deviance, QStringLiteral("country"), QDate(2023, 12, 1),
                                 QStringLiteral("Shared reflective spaces"));
    unplaced.failure.reset();
    unplaced.author = QStringLiteral("TG");
    cards.append(unplaced);
    cards[4].failure->type = FailureType::Intelligent;

    const TeamPattern pattern = TeamSummary::summarise(cards);
    CHECK(pattern.cards == 6);
    CHECK(pattern.unplaced == 1);
    CHECK(pattern.failures.total == 5);
    CHECK(pattern.failures.count(FailureReason::Deviance) == 1);
    CHECK(pattern.failures.count(FailureReason::Uncertainty) == 0);
    CHECK(pattern.failures.count(FailureType::Basic) == 2);
    CHECK(pattern.failures.count(FailureType::Complex) == 1);
    CHECK(pattern.failures.count(FailureType::Intelligent) == 2);
    CHECK(pattern.count(SpectrumRegion::Blameworthy) == 2);
    CHECK(pattern.count(SpectrumRegion::System) == 1);
    CHECK(pattern.count(SpectrumRegion::Praiseworthy) == 2);
    CHECK(pattern.byScale.value(QStringLiteral("organisation")) == 2);
    CHECK(pattern.byScale.value(QStringLiteral("none")) == 1);
    CHECK(pattern.byScale.value(QStringLiteral("country")) == 1);
    CHECK(pattern.authors == 1);
    CHECK(pattern.firstMonth == QDate(2023, 12, 1));
    CHECK(pattern.lastMonth == QDate(2024, 4, 1));
    // Placed cards' months, every month in between.
    REQUIRE(pattern.failures.months.size() == 4);
    CHECK(pattern.failures.months.at(0).count(FailureType::Basic) == 2);
    CHECK(pattern.failures.months.at(1).count(FailureType::Basic) == 0);

    REQUIRE(pattern.enabling.size() == 3);
    // Three wordings, once each: the first in code point order stands for them.
    CHECK(pattern.enabling.at(0).text == QStringLiteral("Smaller case loads."));
    CHECK(pattern.enabling.at(0).count == 3);
    CHECK(pattern.enabling.at(1).text == QStringLiteral("Shared reflective spaces"));
    CHECK(pattern.enabling.at(1).count == 2);
    CHECK(pattern.enabling.at(2).count == 1);
    CHECK(pattern.enablingByScale.value(QStringLiteral("organisation")).size() == 1);
    CHECK(pattern.enablingByScale.value(QStringLiteral("organisation")).at(0).count == 2);
    CHECK(pattern.enablingByScale.value(QStringLiteral("none")).at(0).text == QStringLiteral("Amser i fyfyrio"));

    CardFilter filter;
    filter.from = QDate(2024, 2, 1);
    filter.to = QDate(2024, 3, 1);
    const TeamPattern narrowed = TeamSummary::summarise(cards, filter);
    CHECK(narrowed.cards == 2);
    CHECK(narrowed.count(SpectrumRegion::Praiseworthy) == 1);

    CardFilter text;
    text.text = QStringLiteral("FYFYRIO");
    CHECK(TeamSummary::summarise(cards, text).cards == 1);
    CardFilter noScale;
    noScale.scale = CardFilter::noScale();
    CHECK(TeamSummary::summarise(cards, noScale).cards == 1);

    CardCollection collection;
    collection.cards = cards;
    collection.malformed = 2;
    collection.withdrawn = 1;
    const QJsonObject json = TeamSummary::toJson(collection, pattern);
    CHECK(json.value(QStringLiteral("cards")).toInt() == 6);
    CHECK(json.value(QStringLiteral("malformed")).toInt() == 2);
    CHECK(json.value(QStringLiteral("withdrawn")).toInt() == 1);
    CHECK(json.value(QStringLiteral("byReason")).toObject().size() == 9);
    CHECK(json.value(QStringLiteral("byReason")).toObject().value(QStringLiteral("exploratory_testing")).toInt() == 1);
    CHECK(json.value(QStringLiteral("byType")).toObject().value(QStringLiteral("intelligent")).toInt() == 2);
    CHECK(json.value(QStringLiteral("byScale")).toObject().value(QStringLiteral("organisation")).toInt() == 2);
    const QJsonArray questions = json.value(QStringLiteral("enablingQuestions")).toArray();
    REQUIRE(questions.size() == 3);
    CHECK(questions.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Smaller case loads."));
    CHECK(questions.at(0).toObject().value(QStringLiteral("count")).toInt() == 3);
}

TEST_CASE("Two practitioners' cards in one folder give the team's pattern", "[cards][team]")
{
    test::TeamFolder team;
    team.fill();
    const CardCollection collection = CardFolderReader::read({team.folder});
    CHECK(collection.cards.size() == 5);
    CHECK(collection.malformed == 0);
    for (const QString& file : QDir(team.folder).entryList(QDir::Files)) {
        const QString text = QString::fromUtf8(test::fileBytes(QDir(team.folder).filePath(file)));
        for (const QString& body : std::as_const(team.bodies))
            CHECK_FALSE(text.contains(body.left(30)));
        CHECK_FALSE(text.contains(QStringLiteral("Mair")));
        CHECK_FALSE(text.contains(QStringLiteral("Dafydd")));
    }
    const TeamPattern pattern = TeamSummary::summarise(collection.cards);
    CHECK(pattern.count(SpectrumRegion::Praiseworthy) == 2);
    CHECK(pattern.count(SpectrumRegion::Blameworthy) == 1);
    CHECK(pattern.count(SpectrumRegion::System) == 1);
    CHECK(pattern.unplaced == 1);
    REQUIRE_FALSE(pattern.enabling.isEmpty());
    CHECK(pattern.enabling.at(0).text == QStringLiteral("Protected time for reflective supervision."));
    CHECK(pattern.enabling.at(0).count == 3);
    CHECK(pattern.authors == 1);
}

TEST_CASE("A card matcher folds words once and finds them whatever their accents and capitals", "[cards][summary]")
{
    CHECK(CardFilter::folded(QStringLiteral("Dŵr ar y LLAWR")) == QStringLiteral("dwr ar y llawr"));
    CHECK(CardFilter::folded(QStringLiteral("Rota GAPS, 2024")) == QStringLiteral("rota gaps, 2024"));
    CHECK(CardFilter::folded(QStringLiteral("Ÿ  café")) == QStringLiteral("y  cafe"));

    LearningCard water = card(idOf(1), FailureReason::ProcessInadequacy, QStringLiteral("place"), QDate(2024, 5, 1),
                              QStringLiteral("Mopiau wrth y drws?"));
    water.title = QStringLiteral("Dŵr ar y llawr");
    water.tags = {QStringLiteral("Diogelwch")};
    const QString searchText = CardMatcher::searchText(water);
    struct Case {
        QString words;
        bool found;
    };
    for (const Case& c : {Case{QStringLiteral("DWR"), true}, Case{QStringLiteral("mopiau  diogelwch"), true},
                          Case{QStringLiteral("dŵr learned"), true}, Case{QStringLiteral("dwr sych"), false},
                          Case{QStringLiteral("   "), true}}) {
        CardFilter filter;
        filter.text = c.words;
        INFO(c.words.toStdString());
        CHECK(filter.matches(water) == c.found);
        CHECK(CardMatcher(filter).matches(water) == c.found);
        CHECK(CardMatcher(filter).matches(water, searchText) == c.found);
    }
    // The other members narrow with the words, and a precomputed text does not bypass them.
    CardFilter other;
    other.text = QStringLiteral("dwr");
    other.scale = QStringLiteral("person");
    CHECK_FALSE(CardMatcher(other).matches(water, searchText));
    other.scale = QStringLiteral("place");
    other.reason = FailureSpectrum::code(FailureReason::ProcessInadequacy);
    other.tag = QStringLiteral("diogelwch");
    CHECK(CardMatcher(other).matches(water, searchText));
    other.to = QDate(2024, 4, 1);
    CHECK_FALSE(CardMatcher(other).matches(water, searchText));
}
