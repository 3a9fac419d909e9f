#include "tests/core/cardfixture.h"

#include "core/journal/reflectionstore.h"
#include "core/learning/carddraft.h"
#include "core/learning/cardsharing.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"

#include <QDir>

namespace myfyrio::test {

Reflection cardReflection(const QString& title, const QDate& date, const QString& language, const QString& lesson,
                          const QString& enabling, const QString& scale, std::optional<FailureReason> reason,
                          const QString& body)
{
    Reflection r;
    r.title = title;
    r.date = date;
    r.language = language;
    r.model = QStringLiteral("learning_cycle");
    r.scale = scale;
    r.body = body;
    if (!lesson.isEmpty())
        r.answers.insert(QStringLiteral("learning"), lesson);
    if (!enabling.isEmpty())
        r.answers.insert(QStringLiteral("enabling"), enabling);
    if (reason) {
        FailurePlacement placement;
        placement.reason = *reason;
        placement.blameFelt = 3;
        placement.systemFactors = QStringLiteral("Notes on the system that stay in the journal.");
        r.failure = placement;
    }
    return r;
}

Reflection storeReflection(const Database& db, const Reflection& reflection)
{
    auto added = ReflectionStore(db).add(reflection);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    auto found = ReflectionStore(db).find(added->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

namespace {

void shareAll(const QString& journalPath, const QVector<Reflection>& reflections, const QString& folder,
              const QString& author, TeamFolder& team)
{
    auto opened = Database::open(journalPath);
    REQUIRE(opened.ok());
    const Database& db = **opened;
    for (const Reflection& wanted : reflections) {
        const Reflection reflection = storeReflection(db, wanted);
        CardShareRequest request{CardDraft::fromReflection(reflection), reflection, folder,
                                 ProtectedNames({QStringLiteral("Mair Pritchard")}), CardFindingsChoice::Refuse};
        request.card.author = author;
        auto shared = CardSharing::share(db, request);
        INFO(shared.error().toStdString());
        REQUIRE(shared.ok());
        team.shared.append(*shared);
        team.bodies << wanted.body;
    }
}

} // namespace

void TeamFolder::fill()
{
    REQUIRE(root.isValid());
    folder = root.filePath(QStringLiteral("team-cards"));
    REQUIRE(QDir().mkpath(folder));

    const QVector<Reflection> welsh{
        cardReflection(QStringLiteral("Cofnodi gyda'r person"), QDate(2024, 3, 17), QStringLiteral("cy"),
                       QStringLiteral("Mae cofnodi gyda'r person yn ei gartref yn well na chofnodi yn y swyddfa."),
                       QStringLiteral("Amser yn y llwyth gwaith i gofnodi gyda phobl."), QStringLiteral("person"),
                       FailureReason::HypothesisTesting,
                       QStringLiteral("Es i weld Mair Pritchard yn CF10 3AT ddydd Sul. Roedd hi'n drist iawn am y "
                                      "newid yn ei gofal.")),
        cardReflection(QStringLiteral("Shifft rhy hir"), QDate(2024, 4, 5), QStringLiteral("cy"),
                       QStringLiteral("Ar ddiwedd shifft ddeuddeg awr rwy'n colli pethau bach."),
                       QStringLiteral("Rotâu sy'n gadael amser i orffwys."), QStringLiteral("organisation"),
                       FailureReason::Inattention,
                       QStringLiteral("Anghofiais i'r nodyn trosglwyddo am y feddyginiaeth ar ôl y shifft hir.")),
    };
    const QVector<Reflection> english{
        cardReflection(QStringLiteral("A new handover sheet"), QDate(2024, 3, 2), QStringLiteral("en"),
                       QStringLiteral("Trying a one-page handover on one ward taught us what the night staff need."),
                       QStringLiteral("Protected time for reflective supervision?"), QStringLiteral("organisation"),
                       FailureReason::ExploratoryTesting,
                       QStringLiteral("Dafydd on the night shift said the old sheet was useless to him every night.")),
        cardReflection(QStringLiteral("Discharge gap"), QDate(2024, 5, 20), QStringLiteral("en"),
                       QStringLiteral("The discharge checklist had no step for telling the family."),
                       QStringLiteral("protected time for reflective supervision"), QStringLiteral("place"),
                       FailureReason::ProcessInadequacy,
                       QStringLiteral("The family of the man in bed four found out from a neighbour, not from us.")),
        cardReflection(QStringLiteral("Listening first"), QDate(2024, 5, 28), QStringLiteral("en"),
                       QStringLiteral("Asking what matters before what is the matter changed the visit."),
                       QStringLiteral("Protected time for reflective supervision."), QString(), std::nullopt,
                       QStringLiteral("She told me about her late husband's garden for twenty minutes first.")),
    };
    shareAll(root.filePath(QStringLiteral("practitioner-cy.sqlite")), welsh, folder, QStringLiteral("Tîm y Gorllewin"),
             *this);
    shareAll(root.filePath(QStringLiteral("practitioner-en.sqlite")), english, folder, QString(), *this);
}

} // namespace myfyrio::test
