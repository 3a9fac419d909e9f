#include "core/supervision/agreementexchange.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace myfyrio;
using myfyrio::test::TempJournal;
using Outcome = AgreementExchange::Outcome;

namespace {

AgreementContent content()
{
    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    c.startDate = QDate(2024, 3, 1);
    c.reviewDate = QDate(2024, 6, 1);
    c.frequencyWeeks = 4;
    c.functions = {QStringLiteral("development")};
    c.texts.insert(QStringLiteral("recording"), QStringLiteral("Y goruchwyliwr sy'n ysgrifennu'r cofnod."));
    return c;
}

void signBoth(const AgreementStore& store, const QString& id)
{
    const AgreementContent c = (*store.find(id))->head()->content;
    REQUIRE(store.sign(id, Signature{SectionCatalog::supervisor(), c.supervisorName, QDate(2024, 3, 1)}).ok());
    REQUIRE(store.sign(id, Signature{SectionCatalog::supervisee(), c.superviseeName, QDate(2024, 3, 1)}).ok());
}

Agreement load(const AgreementStore& store, const QString& id)
{
    auto found = store.find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

Outcome importInto(const AgreementStore& store, const QString& path)
{
    auto report = AgreementExchange::importFrom(store, path);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return report->outcome;
}

} // namespace

TEST_CASE("An exported agreement imports into a second journal with identical fingerprints and content",
          "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisor())->id;
    signBoth(a, id);
    AgreementContent changed = content();
    changed.texts.insert(QStringLiteral("evaluation"), QStringLiteral("Every six months."));
    REQUIRE(a.saveDraft(id, changed).ok());

    const QString file = first.file(QStringLiteral("agreement.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, file).ok());
    CHECK((QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK(importInto(b, file) == Outcome::Added);

    const Agreement mine = load(a, id);
    const Agreement theirs = load(b, id);
    REQUIRE(theirs.versions.size() == mine.versions.size());
    for (int i = 0; i < mine.versions.size(); ++i) {
        CHECK(theirs.versions.at(i).id == mine.versions.at(i).id);
        CHECK(theirs.versions.at(i).parentId == mine.versions.at(i).parentId);
        CHECK(theirs.versions.at(i).fingerprint == mine.versions.at(i).fingerprint);
        CHECK(theirs.versions.at(i).content == mine.versions.at(i).content);
        CHECK(theirs.versions.at(i).signatures == mine.versions.at(i).signatures);
    }
    CHECK_FALSE(theirs.versions.at(0).fingerprint.isEmpty());
    CHECK(theirs.ownerRole == SectionCatalog::supervisee());

    // The same file again changes nothing.
    CHECK(importInto(b, file) == Outcome::Same);
    CHECK(load(b, id).versions.size() == 2);
}

TEST_CASE("Two journals exchange review sign and re-import an agreement", "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisee())->id;
    const QString toB = first.file(QStringLiteral("draft.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, toB).ok());
    CHECK(importInto(b, toB) == Outcome::Added);

    // On the second machine the supervisor changes a word, then both sign there.
    AgreementContent edited = load(b, id).head()->content;
    edited.texts[QStringLiteral("recording")] =
        QStringLiteral("Y goruchwyliwr sy'n ysgrifennu'r cofnod o fewn wythnos.");
    REQUIRE(b.saveDraft(id, edited).ok());
    signBoth(b, id);
    const QString toA = second.file(QStringLiteral("signed.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(b, id, toA).ok());

    // The first journal had not touched its draft since: the signed version is newer.
    auto report = AgreementExchange::importFrom(a, toA);
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Newer);
    CHECK(report->changedSections == QStringList{QStringLiteral("recording")});
    const Agreement mine = load(a, id);
    const Agreement theirs = load(b, id);
    REQUIRE(mine.versions.size() == 1);
    CHECK(mine.status() == Agreement::Status::Signed);
    CHECK(mine.versions.at(0).fingerprint == theirs.versions.at(0).fingerprint);
    CHECK(mine.versions.at(0).content == theirs.versions.at(0).content);

    // Importing the first journal's older export now changes nothing.
    CHECK(importInto(b, toB) == Outcome::Older);
    CHECK(load(b, id).versions.at(0).fingerprint == theirs.versions.at(0).fingerprint);
}

TEST_CASE("Each party signs on their own machine and the signatures meet", "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisee())->id;
    const QString file = first.file(QStringLiteral("a.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, file).ok());
    REQUIRE(importInto(b, file) == Outcome::Added);
    REQUIRE(a.sign(id, Signature{SectionCatalog::supervisee(), QStringLiteral("Dafydd ap Gwilym"), QDate(2024, 3, 1)})
                .ok());
    REQUIRE(
        b.sign(id, Signature{SectionCatalog::supervisor(), QStringLiteral("Siân Llewelyn"), QDate(2024, 3, 2)}).ok());
    const QString back = second.file(QStringLiteral("b.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(b, id, back).ok());
    CHECK(importInto(a, back) == Outcome::Newer);
    const Agreement merged = load(a, id);
    CHECK(merged.versions.at(0).isSigned());
    CHECK_FALSE(merged.versions.at(0).fingerprint.isEmpty());
}

TEST_CASE("A tampered signed version is refused and the journal is left unchanged", "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisor())->id;
    signBoth(a, id);
    const QString file = first.file(QStringLiteral("agreement.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, file).ok());
    const QString other = b.create(content(), SectionCatalog::supervisee())->id;
    const QByteArray before = AgreementFile::serialize(load(b, other));

    // Change one word of the signed version, keeping its fingerprint.
    QJsonObject root = QJsonDocument::fromJson(test::fileBytes(file)).object();
    QJsonArray versions = root.value(QStringLiteral("versions")).toArray();
    QJsonObject v = versions.at(0).toObject();
    QJsonObject c = v.value(QStringLiteral("content")).toObject();
    QJsonObject sections = c.value(QStringLiteral("sections")).toObject();
    sections.insert(QStringLiteral("recording"), QStringLiteral("Y goruchwylai sy'n ysgrifennu'r cofnod."));
    c.insert(QStringLiteral("sections"), sections);
    v.insert(QStringLiteral("content"), c);
    versions.replace(0, v);
    root.insert(QStringLiteral("versions"), versions);
    const QString tampered = second.file(QStringLiteral("tampered.myfyrio-agreement"));
    test::writeFile(tampered, QJsonDocument(root).toJson());

    auto report = AgreementExchange::importFrom(b, tampered);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().contains(QStringLiteral("fingerprint")));
    CHECK_FALSE(b.find(id)->has_value());
    REQUIRE(b.list()->size() == 1);
    CHECK(AgreementFile::serialize(load(b, other)) == before);

    // A malformed file is refused too.
    const QString broken = second.file(QStringLiteral("broken.myfyrio-agreement"));
    test::writeFile(broken, test::fileBytes(file).left(200));
    CHECK_FALSE(AgreementExchange::importFrom(b, broken).ok());
    const QString notOurs = second.file(QStringLiteral("other.myfyrio-agreement"));
    test::writeFile(notOurs, QByteArrayLiteral("{\"format\":\"something-else\"}"));
    CHECK_FALSE(AgreementExchange::importFrom(b, notOurs).ok());
    CHECK(b.list()->size() == 1);
}

TEST_CASE("A diverged copy is kept beside the local one as its own draft", "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisee())->id;
    signBoth(a, id);
    const QString file = first.file(QStringLiteral("v1.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, file).ok());
    REQUIRE(importInto(b, file) == Outcome::Added);

    // Both change the agreement after the exchange, differently.
    AgreementContent mine = content();
    mine.frequencyWeeks = 3;
    REQUIRE(a.saveDraft(id, mine).ok());
    AgreementContent theirs = content();
    theirs.frequencyWeeks = 6;
    REQUIRE(b.saveDraft(id, theirs).ok());
    signBoth(b, id);
    const QString fromB = second.file(QStringLiteral("b.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(b, id, fromB).ok());

    const Agreement before = load(a, id);
    auto report = AgreementExchange::importFrom(a, fromB);
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Diverged);
    CHECK(report->changedSections.contains(QStringLiteral("practicalities")));
    const Agreement after = load(a, id);
    // Every local version is still there, unchanged.
    for (const AgreementVersion& v : before.versions) {
        const AgreementVersion* kept = after.version(v.id);
        REQUIRE(kept);
        CHECK(kept->content == v.content);
        CHECK(kept->signatures == v.signatures);
    }
    // The other copy's signed version is kept, and its words wait in a draft of their own.
    bool keptTheirs = false;
    for (const AgreementVersion& v : after.versions)
        keptTheirs = keptTheirs || (v.isSigned() && v.content.frequencyWeeks == 6);
    CHECK(keptTheirs);
    REQUIRE(after.head());
    CHECK(after.head()->isDraft());
    CHECK(after.head()->origin == QStringLiteral("diverged"));
    CHECK(after.head()->content.frequencyWeeks == 6);
    CHECK(after.versions.size() == before.versions.size() + 2);

    // Importing the same file again keeps nothing twice.
    auto again = AgreementExchange::importFrom(a, fromB);
    REQUIRE(again.ok());
    CHECK(again->versionsAdded == 0);
    CHECK(load(a, id).versions.size() == after.versions.size());
}

TEST_CASE("A draft edited on both machines is kept twice and never overwritten", "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisee())->id;
    const QString file = first.file(QStringLiteral("draft.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, file).ok());
    REQUIRE(importInto(b, file) == Outcome::Added);

    AgreementContent mine = content();
    mine.texts[QStringLiteral("evaluation")] = QStringLiteral("Every three months.");
    REQUIRE(a.saveDraft(id, mine).ok());
    AgreementContent theirs = content();
    theirs.texts[QStringLiteral("evaluation")] = QStringLiteral("Once a year.");
    REQUIRE(b.saveDraft(id, theirs).ok());
    const QString fromB = second.file(QStringLiteral("b.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(b, id, fromB).ok());

    CHECK(importInto(a, fromB) == Outcome::Diverged);
    const Agreement after = load(a, id);
    REQUIRE(after.versions.size() == 2);
    CHECK(after.versions.at(0).content == mine.normalized());
    CHECK(after.versions.at(1).content == theirs.normalized());
    CHECK(after.versions.at(1).id != after.versions.at(0).id);
    CHECK(after.versions.at(1).origin == QStringLiteral("diverged"));

    // The same file again is recognised: nothing is added twice.
    auto again = AgreementExchange::importFrom(a, fromB);
    REQUIRE(again.ok());
    CHECK(again->outcome == Outcome::Diverged);
    CHECK(again->versionsAdded == 0);
    CHECK(load(a, id).versions.size() == 2);
}

TEST_CASE("An ended agreement ends on the other machine too", "[supervision][exchange]")
{
    TempJournal first;
    TempJournal second;
    auto dbA = first.open();
    auto dbB = second.open();
    const AgreementStore a(*dbA);
    const AgreementStore b(*dbB);
    const QString id = a.create(content(), SectionCatalog::supervisee())->id;
    signBoth(a, id);
    const QString file = first.file(QStringLiteral("v1.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, file).ok());
    REQUIRE(importInto(b, file) == Outcome::Added);
    REQUIRE(a.end(id, QDate(2024, 12, 31)).ok());
    const QString ended = first.file(QStringLiteral("ended.myfyrio-agreement"));
    REQUIRE(AgreementExchange::exportTo(a, id, ended).ok());
    CHECK(importInto(b, ended) == Outcome::Newer);
    CHECK(load(b, id).status() == Agreement::Status::Ended);
    CHECK(load(b, id).endedOn == QDate(2024, 12, 31));
    // The older file does not bring it back to life.
    CHECK(importInto(b, file) == Outcome::Older);
    CHECK(load(b, id).status() == Agreement::Status::Ended);
}
