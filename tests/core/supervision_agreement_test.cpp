#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/migration.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/fingerprint.h"
#include "core/supervision/reviewreminders.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/versiondiff.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

AgreementContent sampleContent()
{
    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.supervisorRole = QStringLiteral("Uwch ymarferydd");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    c.superviseeRole = QStringLiteral("Gweithiwr cymdeithasol");
    c.startDate = QDate(2024, 3, 1);
    c.reviewDate = QDate(2024, 6, 1);
    c.frequencyWeeks = 4;
    c.lengthMinutes = 90;
    c.format = QStringLiteral("one_to_one");
    c.functions = {QStringLiteral("support"), QStringLiteral("management")};
    c.texts.insert(QStringLiteral("confidentiality"), QStringLiteral("Cyfrinachol, ac eithrio pryderon diogelu."));
    c.texts.insert(QStringLiteral("practicalities"), QStringLiteral("In the small meeting room; phones off."));
    return c;
}

Signature signatureOf(const AgreementContent& c, const QString& party)
{
    return Signature{party, c.partyName(party), QDate(2024, 3, 1)};
}

int migrationVersion(const QString& description)
{
    for (const Migration& m : migrations()) {
        if (m.description == description)
            return m.version;
    }
    return -1;
}

} // namespace

TEST_CASE("A signed agreement version is frozen and a change starts a new draft", "[supervision]")
{
    TempJournal temp;
    auto db = temp.open();
    const AgreementStore store(*db);
    auto created = store.create(sampleContent(), SectionCatalog::supervisee());
    REQUIRE(created.ok());
    const QString id = created->id;
    CHECK(created->status() == Agreement::Status::Draft);

    // Editing the open draft changes it in place.
    AgreementContent edited = sampleContent();
    edited.texts.insert(QStringLiteral("recording"), QStringLiteral("The supervisor writes the record within a week."));
    auto saved = store.saveDraft(id, edited);
    REQUIRE(saved.ok());
    CHECK(saved->number == 1);

    // A signature on a draft is withdrawn when its words change.
    REQUIRE(store.sign(id, signatureOf(edited, SectionCatalog::supervisor())).ok());
    edited.lengthMinutes = 60;
    REQUIRE(store.saveDraft(id, edited).ok());
    auto reloaded = store.find(id);
    REQUIRE(reloaded.ok());
    CHECK((*reloaded)->head()->signatures.isEmpty());

    // The name typed must be the party's name in the agreement.
    auto wrong =
        store.sign(id, Signature{SectionCatalog::supervisor(), QStringLiteral("Someone Else"), QDate(2024, 3, 2)});
    CHECK_FALSE(wrong.ok());

    REQUIRE(store.sign(id, signatureOf(edited, SectionCatalog::supervisor())).ok());
    auto both =
        store.sign(id, Signature{SectionCatalog::supervisee(), QStringLiteral("dafydd  AP gwilym"), QDate(2024, 3, 2)});
    REQUIRE(both.ok());
    CHECK(both->isSigned());
    CHECK(Fingerprint::looksValid(both->fingerprint));
    CHECK(both->fingerprint == Fingerprint::of(both->content, both->signatures));
    const QString frozenFingerprint = both->fingerprint;

    // Signing again is refused: the version is frozen.
    CHECK_FALSE(store.sign(id, signatureOf(edited, SectionCatalog::supervisor())).ok());

    // A change after signing starts version 2 from version 1, which stays as it was.
    AgreementContent changed = edited;
    changed.reviewDate = QDate(2024, 9, 1);
    auto draft = store.saveDraft(id, changed);
    REQUIRE(draft.ok());
    CHECK(draft->number == 2);
    CHECK(draft->parentId == both->id);
    CHECK(draft->isDraft());
    auto after = store.find(id);
    REQUIRE(after.ok());
    const Agreement& a = **after;
    REQUIRE(a.versions.size() == 2);
    CHECK(a.versions.at(0).fingerprint == frozenFingerprint);
    CHECK(a.versions.at(0).content.lengthMinutes == 60);
    CHECK(a.versions.at(0).content.reviewDate == QDate(2024, 6, 1));
    CHECK(a.status() == Agreement::Status::Signed);
    CHECK(a.current()->id == both->id);
    CHECK(a.hasOpenDraft());

    // Saving the same words again does not start yet another version.
    REQUIRE(store.saveDraft(id, changed).ok());
    CHECK((*store.find(id))->versions.size() == 2);
}

TEST_CASE("A fingerprint does not depend on the interface language or the locale", "[supervision]")
{
    AgreementContent c = sampleContent();
    const QVector<Signature> signatures{signatureOf(c, SectionCatalog::supervisee()),
                                        signatureOf(c, SectionCatalog::supervisor())};
    const QLocale before = QLocale();

    Translations::install(QStringLiteral("cy"));
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    const QString welsh = Fingerprint::of(c, signatures);

    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = Fingerprint::of(c, signatures);
    QLocale::setDefault(before);

    CHECK(welsh == german);
    // Fixed bytes: the same on every machine (a change here breaks every agreement's fingerprint).
    CHECK(welsh == QStringLiteral("A379-B686-0144-E6E5"));

    // Decomposed accents and Windows line ends are the same words.
    AgreementContent decomposed = c;
    decomposed.supervisorName = QStringLiteral("Sia\u0302n Llewelyn");
    decomposed.texts[QStringLiteral("practicalities")] = QStringLiteral("In the small meeting room; phones off.\r\n");
    QVector<Signature> decomposedSignatures = signatures;
    decomposedSignatures[1].fullName = QStringLiteral("Sia\u0302n  Llewelyn");
    CHECK(Fingerprint::of(decomposed, decomposedSignatures) == welsh);

    // But any change of words does change it.
    AgreementContent other = c;
    other.lengthMinutes = 60;
    CHECK(Fingerprint::of(other, signatures) != welsh);
}

TEST_CASE("Two versions compare section by section with the changed words marked", "[supervision]")
{
    AgreementContent before = sampleContent();
    AgreementContent after = before;
    after.texts[QStringLiteral("confidentiality")] = QStringLiteral("Cyfrinachol iawn, ac eithrio pryderon diogelu.");
    after.texts.remove(QStringLiteral("practicalities"));
    const auto sections = VersionDiff::compare(before, after);
    REQUIRE(sections.size() == 13);
    QStringList changed;
    for (const auto& s : sections) {
        if (s.changed)
            changed.append(s.code);
    }
    CHECK(changed == QStringList{QStringLiteral("practicalities"), QStringLiteral("confidentiality")});
    const auto& conf = sections.at(SectionCatalog::sectionCodes().indexOf(QStringLiteral("confidentiality")));
    QStringList inserted;
    QStringList removed;
    for (const auto& piece : conf.pieces) {
        if (piece.kind == WordDiff::Piece::Kind::Inserted)
            inserted.append(piece.text.trimmed());
        if (piece.kind == WordDiff::Piece::Kind::Removed)
            removed.append(piece.text.trimmed());
    }
    CHECK(inserted == QStringList{QStringLiteral("Cyfrinachol iawn,")});
    CHECK(removed == QStringList{QStringLiteral("Cyfrinachol,")});
}

TEST_CASE("Review reminders cover two weeks ahead and anything overdue", "[supervision]")
{
    const QDate today(2024, 5, 1);
    const auto agreementReviewedOn = [](const QDate& review) {
        Agreement a;
        a.id = review.toString(Qt::ISODate);
        AgreementVersion v;
        v.content = sampleContent();
        v.content.reviewDate = review;
        a.versions.append(v);
        return a;
    };
    Agreement ended = agreementReviewedOn(today.addDays(-30));
    ended.endedOn = today.addDays(-10);
    const QVector<Agreement> agreements{agreementReviewedOn(today.addDays(14)), agreementReviewedOn(today.addDays(15)),
                                        agreementReviewedOn(today.addDays(-1)), agreementReviewedOn(today), ended};
    const auto due = ReviewReminders::due(agreements, today);
    REQUIRE(due.size() == 3);
    CHECK(due.at(0).reviewDate == today.addDays(-1));
    CHECK(due.at(0).overdue());
    CHECK(due.at(1).daysLeft == 0);
    CHECK_FALSE(due.at(1).overdue());
    CHECK(due.at(2).daysLeft == 14);
    CHECK(ReviewReminders::describe(due.at(0)).contains(QStringLiteral("was due")));
}

TEST_CASE("A journal from before supervision agreements migrates with nothing lost", "[supervision][migration]")
{
    const int version =
        migrationVersion(QStringLiteral("Supervision agreements, their versions and signatures, and sessions"));
    REQUIRE(version > 1);
    TempJournal temp;
    QString reflectionId;
    {
        auto old = Database::openAtVersion(temp.path(), version - 1);
        REQUIRE(old.ok());
        CHECK((*old)->schemaVersion() == version - 1);
        // Written with the columns every schema has, as the earlier Myfyrio did.
        reflectionId = QStringLiteral("0b7f6f1e-6a34-4c55-9a0e-3d2f1c9e8a11");
        const QSqlDatabase c = (*old)->connection();
        QSqlQuery insert(c);
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body, lang, bring_to_supervision)"
            " VALUES (:id, 'Cyn y newid', '2023-11-02', '2023-11-02T10:00:00.000Z', '2023-11-02T10:00:00.000Z',"
            " 'Roedd y sesiwn oruchwylio yn dda.', 'cy', 1)")));
        insert.bindValue(QStringLiteral(":id"), reflectionId);
        REQUIRE(insert.exec());
    }
    auto db = temp.open();
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK_FALSE(db->migrationBackupPath().isEmpty());
    auto found = ReflectionStore(*db).find(reflectionId);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->title == QStringLiteral("Cyn y newid"));
    CHECK((*found)->body == QStringLiteral("Roedd y sesiwn oruchwylio yn dda."));
    CHECK((*found)->bringToSupervision);
    // The new tables work.
    auto created = AgreementStore(*db).create(sampleContent(), SectionCatalog::supervisor());
    REQUIRE(created.ok());
    CHECK(AgreementStore(*db).list()->size() == 1);
}
