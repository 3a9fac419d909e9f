#include "core/cpd/cpdsettings.h"
#include "core/privacy/protectednames.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportguard.h"
#include "core/report/reportpainter.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::optionsFor;
using myfyrio::test::ReportJournal;
using myfyrio::test::TempJournal;

namespace {

/// The PDF's text with every run of white space made one space, so that
/// sentences wrapped over lines can be found whole.
QString formText(const Database& db, const ReportOptions& options, const TempJournal& temp)
{
    return test::reportText(db, options, temp.file(ReportOptions::kindCode(options.kind) + QStringLiteral(".pdf")))
        .simplified();
}

/// True when the texts appear in this order.
bool inOrder(const QString& text, const QStringList& parts)
{
    qsizetype at = 0;
    for (const QString& part : parts) {
        at = text.indexOf(part, at);
        if (at < 0) {
            UNSCOPED_INFO("missing or out of order: " << part.toStdString());
            return false;
        }
        at += part.size();
    }
    return true;
}

/// A label and its value in a fields table; pdftotext reads a row either way round.
bool hasField(const QString& text, const QString& label, const QString& value)
{
    const bool found =
        text.contains(label + QLatin1Char(' ') + value) || text.contains(value + QLatin1Char(' ') + label);
    if (!found)
        UNSCOPED_INFO("no field: " << label.toStdString() << " = " << value.toStdString());
    return found;
}

ReportOptions periodOptions(ReportKind kind, const QString& language = QStringLiteral("en"))
{
    ReportOptions options = optionsFor(kind, language);
    options.filter.from = QDate(2024, 1, 1);
    options.filter.to = QDate(2024, 12, 31);
    return options;
}

} // namespace

TEST_CASE("The NMC reflective account puts the model's answers under the form's four questions", "[report][cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fillCpd(*db);
    ReportOptions options = optionsFor(ReportKind::NmcAccount);
    options.id = journal.cpdGuided.id;
    const QString text = formText(*db, options, temp);
    INFO(text.toStdString());
    CHECK(hasField(text, QStringLiteral("Date"), QStringLiteral("Tuesday, 10 September 2024")));
    CHECK(hasField(text, QStringLiteral("Type of CPD"), QStringLiteral("Course or training")));
    CHECK(hasField(text, QStringLiteral("Hours"), QStringLiteral("3.5")));
    CHECK(hasField(text, QStringLiteral("Participatory"), QStringLiteral("Yes")));
    CHECK(inOrder(text, {QStringLiteral("Reflective account"),
                         QStringLiteral("What was the nature of the CPD activity, practice-related feedback, or "
                                        "event or experience in your practice?"),
                         QStringLiteral("WHATMARK"), QStringLiteral("What did you learn from it?"),
                         QStringLiteral("SOWHATMARK"),
                         QStringLiteral("How did you change or improve your practice as a result?"),
                         QStringLiteral("NOWWHATMARK"), QStringLiteral("How is this relevant to the Code?"),
                         QStringLiteral("NMC Code: Prioritise people"), QStringLiteral("☒ NMC Code: Preserve safety"),
                         QStringLiteral("Nothing in this form may identify")}));
    CHECK_FALSE(text.contains(QStringLiteral("publishes this form in English only")));

    // In Welsh the questions are Welsh, and the form says the NMC publishes it in English only.
    options.language = QStringLiteral("cy");
    const QString welsh = formText(*db, options, temp);
    INFO(welsh.toStdString());
    CHECK(inOrder(welsh, {QStringLiteral("Cyfrif myfyriol"), QStringLiteral("yn Saesneg yn unig"),
                          QStringLiteral("Beth oedd natur y gweithgaredd DPP"), QStringLiteral("WHATMARK"),
                          QStringLiteral("Beth ddysgoch chi ohono?"), QStringLiteral("SOWHATMARK"),
                          QStringLiteral("☒ Cod yr NMC: Cadw pobl yn ddiogel")}));
}

TEST_CASE("The Social Work England record takes the body where no model maps, and marks peer reflection",
          "[report][cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fillCpd(*db);
    ReportOptions options = optionsFor(ReportKind::SweRecord);
    options.id = journal.cpdPlain.id;
    const QString text = formText(*db, options, temp);
    INFO(text.toStdString());
    CHECK(hasField(text, QStringLiteral("Date"), QStringLiteral("Thursday, 3 October 2024")));
    CHECK(hasField(text, QStringLiteral("Type of CPD"), QStringLiteral("Reading")));
    CHECK(hasField(text, QStringLiteral("Hours"), QStringLiteral("1.25")));
    CHECK(hasField(text, QStringLiteral("Peer reflection"), QStringLiteral("Yes")));
    CHECK(inOrder(text, {QStringLiteral("CPD record"), QStringLiteral("at least one of them with peer reflection"),
                         QStringLiteral("Description of the activity, and why it is relevant to your practice"),
                         QStringLiteral("BODYMARK"), QStringLiteral("What did you learn?"),
                         QStringLiteral("The reflection does not answer this yet"),
                         QStringLiteral("What impact has it had on your practice?"),
                         QStringLiteral("What impact has it had on the people you work with?")}));

    // A private reflection makes no shared form.
    options.id = journal.cpdPrivate.id;
    CHECK_FALSE(ReportBuilder(*db).build(options).ok());
    CHECK_FALSE(ReportBuilder(*db).build(optionsFor(ReportKind::SweRecord)).ok()); // no id
}

TEST_CASE("The Social Care Wales log lists the period's CPD with hours against the role's requirement", "[report][cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    journal.fillCpd(*db);
    ReportOptions options = periodOptions(ReportKind::ScwLog);
    const QString text = formText(*db, options, temp);
    INFO(text.toStdString());
    CHECK(hasField(text, QStringLiteral("Registered with"), QStringLiteral("Social Care Wales: social worker")));
    CHECK(hasField(text, QStringLiteral("Hours of learning"), QStringLiteral("4.75 (required: 90 every three years)")));
    CHECK(inOrder(text, {QStringLiteral("CPD log"), QStringLiteral("From 1 January 2024 to 31 December 2024"),
                         QStringLiteral("Private CPD left out of this log: 1."),
                         QStringLiteral("How it contributed to my development"), QStringLiteral("Safeguarding"),
                         QStringLiteral("3.5"), QStringLiteral("SOWHATMARK"), QStringLiteral("Darllen am ofal"),
                         QStringLiteral("1.25"), QStringLiteral("BODYMARK"), QStringLiteral("Agreed with my manager"),
                         QStringLiteral("Manager Name"), QStringLiteral("Signature"), QStringLiteral("Date")}));
    CHECK_FALSE(text.contains(QStringLiteral("SECRETCPDTEXT")));
    CHECK_FALSE(text.contains(journal.welsh.title)); // not CPD

    // A care worker's requirement is 45 hours; the role comes from the options, else Preferences.
    options.regulator = QStringLiteral("scw-care-worker");
    CHECK(formText(*db, options, temp).contains(QStringLiteral("(required: 45 every three years)")));
    options.regulator.clear();
    CpdSettings::save({Regulator::ScwManager, QDate()});
    CHECK(formText(*db, options, temp).contains(QStringLiteral("Social Care Wales: manager")));
    CpdSettings::save({Regulator::None, QDate()});

    // Social Care Wales publishes in Welsh: no note, and the log reads in Welsh.
    const QString welsh = formText(*db, periodOptions(ReportKind::ScwLog, QStringLiteral("cy")), temp);
    INFO(welsh.toStdString());
    CHECK(hasField(welsh, QStringLiteral("Oriau o ddysgu"), QStringLiteral("4.75 (y gofyn: 90 bob tair blynedd)")));
    CHECK(inOrder(welsh, {QStringLiteral("Cofnod DPP"), QStringLiteral("Gofal Cymdeithasol Cymru: gweithiwr"),
                          QStringLiteral("Sut cyfrannodd at fy natblygiad"),
                          QStringLiteral("Wedi'i gytuno gyda fy rheolwr")}));
    CHECK_FALSE(welsh.contains(QStringLiteral("Saesneg yn unig")));

    // With --include-private, the private activity is there too.
    options.includePrivate = true;
    CHECK(formText(*db, options, temp).contains(QStringLiteral("SECRETCPDTEXT")));
}

TEST_CASE("The HCPC summary shows the mix of activities and the gaps to explain", "[report][cpd]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fillCpd(*db);
    const QString text = formText(*db, periodOptions(ReportKind::HcpcSummary), temp);
    INFO(text.toStdString());
    CHECK(hasField(text, QStringLiteral("Dated activities"), QStringLiteral("2 (a profile lists about 12 to 50)")));
    CHECK(hasField(text, QStringLiteral("Hours"), QStringLiteral("4.75")));
    CHECK(inOrder(text, {QStringLiteral("CPD summary (HCPC style)"), QStringLiteral("A mix of learning activities"),
                         QStringLiteral("Course or training 1 3.5"), QStringLiteral("Reading 1 1."),
                         QStringLiteral("Activities"), QStringLiteral("Safeguarding"), QStringLiteral("SOWHATMARK"),
                         QStringLiteral("NOWWHATMARK"), QStringLiteral("Gaps to explain"),
                         QStringLiteral("1 January 2024 10 September 2024"), QStringLiteral("about 1,500 words")}));
}

TEST_CASE("A shared report is scanned and redacted by the confidentiality guard", "[report][privacy]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fill(*db);
    journal.fillCpd(*db);
    ReportOptions options = optionsFor(ReportKind::Portfolio);
    CHECK(ReportGuard::applies(options));
    options.includePrivate = true;
    CHECK_FALSE(ReportGuard::applies(options));
    CHECK(ReportGuard::applies(periodOptions(ReportKind::ScwLog)));
    options.includePrivate = false;
    ReportOptions form = periodOptions(ReportKind::HcpcSummary);
    form.includePrivate = true;
    CHECK(ReportGuard::applies(form));

    const ProtectedNames names({QStringLiteral("Gwenllian Ffransis"), QStringLiteral("landlord")});
    auto content = ReportBuilder(*db).build(options);
    REQUIRE(content.ok());
    // "landlord" is lower case in the text, so it is no name; the supervisor's name is not in a portfolio.
    CHECK(ReportGuard::scan(*content, names).isEmpty());

    const ProtectedNames family({QStringLiteral("Trefnu")});
    const Findings findings = ReportGuard::scan(*content, family);
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).text == QStringLiteral("Trefnu"));
    CHECK(findings.at(0).after.startsWith(QStringLiteral(" cyfarfod tîm")));
    Redaction redaction;
    ReportGuard::redact(*content, family, redaction);
    CHECK(ReportGuard::scan(*content, family).isEmpty());
    const QString pdf = temp.file(QStringLiteral("redacted.pdf"));
    REQUIRE(ReportPainter::writePdf(*content, pdf).ok());
    const QString text = test::runTool(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("[name] cyfarfod tîm")));
    CHECK_FALSE(text.contains(QStringLiteral("Trefnu")));

    // Shared as it is, the report says so at the top.
    auto anyway = ReportBuilder(*db).build(options);
    REQUIRE(anyway.ok());
    ReportGuard::markIdentifiersLeftIn(*anyway, 1);
    REQUIRE(ReportPainter::writePdf(*anyway, pdf).ok());
    const QString warned = test::runTool(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                               .simplified();
    CHECK(warned.startsWith(QStringLiteral("The writer chose to share this report with details the confidentiality "
                                           "guard found that could identify someone (1).")));
}

TEST_CASE("A reflection's report shows its photos and names its other files", "[report][attachments]")
{
    TempJournal temp;
    auto db = temp.open();
    ReportJournal journal;
    journal.fillCpd(*db);
    ReportOptions options = optionsFor(ReportKind::Reflection);
    options.id = journal.cpdGuided.id;
    const QString pdf = temp.file(QStringLiteral("evidence.pdf"));
    const QString text = test::reportText(*db, options, pdf).simplified();
    INFO(text.toStdString());
    CHECK(hasField(text, QStringLiteral("Hours"), QStringLiteral("3.5")));
    CHECK(hasField(text, QStringLiteral("Standard"), QStringLiteral("NMC Code: Preserve safety")));
    CHECK(inOrder(text, {QStringLiteral("Continuing professional development"), QStringLiteral("Evidence"),
                         QStringLiteral("tystysgrif.png"), QStringLiteral("Attached file Size"),
                         QStringLiteral("agenda.pdf 8 bytes")}));
    const QString images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3); // two header lines and the photo
}
