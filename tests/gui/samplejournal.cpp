#include "tests/gui/samplejournal.h"

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/support/catch.h"

namespace myfyrio::test {

void fillSampleJournal(const Database& db)
{
    Reflection r;
    r.title = QStringLiteral("Missed the medication note at handover");
    r.date = QDate::currentDate();
    r.tags = {QStringLiteral("handover"), QStringLiteral("medication")};
    r.bringToSupervision = true;
    r.body = QStringLiteral("The night team's note about the change in dose was on the second page.");
    r.model = QStringLiteral("failure");
    r.answers.insert(QStringLiteral("what_happened"), QStringLiteral("Handover took five minutes."));
    r.failure = FailurePlacement{};
    r.failure->reason = FailureReason::Inattention;
    r.failure->blameFelt = 3;
    r.failure->systemFactors = QStringLiteral("Two pages, one read aloud.");
    r.actions = {
        Action{{}, QStringLiteral("Ask for a handover checklist"), QDate::currentDate().addDays(3), false, {}, {}}};
    REQUIRE(ReflectionStore(db).add(r).ok());

    Reflection older;
    older.title = QStringLiteral("Ymweliad cartref yn Llanrwst");
    older.date = QDate::currentDate().addYears(-1);
    older.language = QStringLiteral("cy");
    older.body = QStringLiteral("Roedd y teulu’n dawel; dw i’n meddwl bod angen mwy o amser.");
    REQUIRE(ReflectionStore(db).add(older).ok());

    AgreementContent agreement;
    agreement.supervisorName = QStringLiteral("Siân Llewelyn");
    agreement.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    agreement.startDate = QDate::currentDate().addMonths(-4);
    agreement.reviewDate = QDate::currentDate().addDays(10);
    agreement.frequencyWeeks = 4;
    agreement.lengthMinutes = 90;
    agreement.format = QStringLiteral("one_to_one");
    auto created = AgreementStore(db).create(agreement, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    Session session;
    session.agreementId = created->id;
    session.date = QDate::currentDate().addDays(-7);
    session.notes = QStringLiteral("Talked about handovers.");
    session.functions = {QStringLiteral("support"), QStringLiteral("development")};
    REQUIRE(SessionStore(db).save(session).ok());

    // A second agreement, signed by both: its status reads "Signed" ("Wedi'i lofnodi").
    AgreementContent signedContent = agreement;
    signedContent.supervisorName = QStringLiteral("Elin Owen");
    signedContent.superviseeName = QStringLiteral("Rhodri ap Siôn");
    auto signedAgreement = AgreementStore(db).create(signedContent, SectionCatalog::supervisor());
    REQUIRE(signedAgreement.ok());
    const QDate day = QDate::currentDate().addMonths(-2);
    REQUIRE(AgreementStore(db)
                .sign(signedAgreement->id, Signature{SectionCatalog::supervisor(), signedContent.supervisorName, day})
                .ok());
    REQUIRE(AgreementStore(db)
                .sign(signedAgreement->id, Signature{SectionCatalog::supervisee(), signedContent.superviseeName, day})
                .ok());
}

} // namespace myfyrio::test
