// Writes every kind of report in English, Welsh and both to PDF for looking at
// (not run by default):
//   myfyrio_core_tests "[.screenshots]"   → /tmp/shots/reports/pdf/*.pdf
// then: pdftoppm -png -r 60 FILE.pdf /tmp/shots/reports/NAME

#include "core/report/reportbuilder.h"
#include "core/report/reportpainter.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>

using namespace myfyrio;

TEST_CASE("every report kind in every report language", "[.screenshots]")
{
    test::TempJournal temp;
    auto db = temp.open();
    test::ReportJournal journal;
    journal.fill(*db);
    journal.fillCpd(*db);
    AgreementContent content;
    content.supervisorName = QStringLiteral("Dr Gwenllian Ffransis");
    content.superviseeName = QStringLiteral("Siân Ffion Jones");
    content.startDate = QDate(2024, 1, 10);
    content.frequencyWeeks = 4;
    content.texts.insert(QStringLiteral("confidentiality"), QStringLiteral("Pryderon diogelu yn cael eu rhannu."));
    auto agreement = AgreementStore(*db).create(content, SectionCatalog::supervisee());
    REQUIRE(agreement.ok());
    Session record;
    record.agreementId = agreement->id;
    record.date = QDate(2024, 4, 20);
    record.notes = QStringLiteral("Buom yn trafod rota’r swyddfa.");
    record.decisions = QStringLiteral("Gofyn am ddata’r rota.");
    record.functions = {QStringLiteral("support"), QStringLiteral("development")};
    record.agenda = {AgendaItem{AgendaItem::Kind::Reflection, journal.english.id, {}, {}}};
    SessionAction action;
    action.description = QStringLiteral("Anfon y rota at y rheolwr");
    action.due = QDate(2024, 5, 1);
    record.actions = {action};
    auto session = SessionStore(*db).save(record);
    REQUIRE(session.ok());

    const QString folder = QStringLiteral("/tmp/shots/reports/pdf");
    REQUIRE(QDir().mkpath(folder));
    for (const QString& language : ReportOptions::languageCodes()) {
        for (ReportKind kind : ReportBuilder::availableKinds()) {
            ReportOptions options;
            options.kind = kind;
            options.language = language;
            options.year = 2024;
            options.ownerName = QStringLiteral("Siân Ffion Jones");
            options.id = kind == ReportKind::NmcAccount   ? journal.cpdGuided.id
                         : kind == ReportKind::SweRecord  ? journal.cpdPlain.id
                         : kind == ReportKind::Reflection ? journal.welsh.id
                         : kind == ReportKind::Session    ? session->id
                         : kind == ReportKind::Agreement  ? agreement->id
                                                          : QString();
            if (ReportOptions::isRegulatorForm(kind) && !ReportOptions::needsReflection(kind)) {
                options.filter.from = QDate(2024, 1, 1);
                options.filter.to = QDate(2024, 12, 31);
            }
            auto built = ReportBuilder(*db).build(options);
            INFO(built.error().toStdString());
            REQUIRE(built.ok());
            const QString name = ReportOptions::kindCode(kind) + QLatin1Char('-') + language;
            REQUIRE(ReportPainter::writePdf(*built, folder + QLatin1Char('/') + name + QStringLiteral(".pdf")).ok());
        }
    }
}
