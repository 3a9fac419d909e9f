#include "core/cpd/cpdsettings.h"
#include "core/privacy/protectednames.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

using myfyrio::test::runCli;
using myfyrio::test::runJson;
using myfyrio::test::TempJournal;
using namespace myfyrio;

namespace {

QString add(const QString& database, const QStringList& arguments)
{
    const auto run = runCli(database, QStringList{QStringLiteral("add")} + arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    return run.out.trimmed();
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int reflectionCount(const QString& database)
{
    return static_cast<int>(runJson(database, {QStringLiteral("list")}).array().size());
}

} // namespace

TEST_CASE("add records CPD and list --json prints it as a cpd object or null", "[cli][cpd]")
{
    TempJournal temp;
    add(temp.path(),
        {QStringLiteral("--title"), QStringLiteral("Course"), QStringLiteral("--date"), QStringLiteral("2024-05-02"),
         QStringLiteral("--cpd-type"), QStringLiteral("course"), QStringLiteral("--cpd-hours"), QStringLiteral("1.5"),
         QStringLiteral("--participatory"), QStringLiteral("--peer"), QStringLiteral("--standard"),
         QStringLiteral("nmc_preserve_safety"), QStringLiteral("--body"), QStringLiteral("A day on safeguarding.")});
    add(temp.path(), {QStringLiteral("--title"), QStringLiteral("Plain"), QStringLiteral("--date"),
                      QStringLiteral("2024-05-01"), QStringLiteral("--body"), QStringLiteral("No CPD here.")});
    const QJsonArray list = runJson(temp.path(), {QStringLiteral("list")}).array();
    REQUIRE(list.size() == 2);
    const QJsonObject cpd = list.at(0).toObject().value(QStringLiteral("cpd")).toObject();
    CHECK(cpd.value(QStringLiteral("type")).toString() == QStringLiteral("course"));
    CHECK(cpd.value(QStringLiteral("hours")).toDouble() == 1.5);
    CHECK(cpd.value(QStringLiteral("participatory")).toBool());
    CHECK(cpd.value(QStringLiteral("peer")).toBool());
    CHECK(cpd.value(QStringLiteral("standard")).toString() == QStringLiteral("nmc_preserve_safety"));
    CHECK(list.at(1).toObject().value(QStringLiteral("cpd")).isNull());
}

TEST_CASE("add refuses CPD options it cannot store and writes nothing", "[cli][cpd]")
{
    TempJournal temp;
    add(temp.path(), {QStringLiteral("--title"), QStringLiteral("First"), QStringLiteral("--body"), QString()});
    const QList<QStringList> mistakes = {
        {QStringLiteral("--cpd-hours"), QStringLiteral("2")},
        {QStringLiteral("--cpd-type"), QStringLiteral("juggling")},
        {QStringLiteral("--cpd-type"), QStringLiteral("reading"), QStringLiteral("--cpd-hours"), QStringLiteral("1.3")},
        {QStringLiteral("--cpd-type"), QStringLiteral("reading"), QStringLiteral("--cpd-hours"),
         QStringLiteral("1001")},
        {QStringLiteral("--cpd-type"), QStringLiteral("reading"), QStringLiteral("--standard"), QStringLiteral("x")},
    };
    for (const QStringList& mistake : mistakes) {
        const auto run = runCli(temp.path(), QStringList{QStringLiteral("add"), QStringLiteral("--title"),
                                                         QStringLiteral("T"), QStringLiteral("--body"), QString()}
                                                 + mistake);
        INFO(mistake.join(QLatin1Char(' ')).toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.startsWith(QStringLiteral("myfyrio: ")));
    }
    CHECK(reflectionCount(temp.path()) == 1);
}

TEST_CASE("cpd prints the cycle's totals against the regulator's requirement", "[cli][cpd]")
{
    TempJournal temp;
    const QDate today = QDate::currentDate();
    for (const auto& [hours, participatory, standard] :
         {std::tuple{QStringLiteral("10"), true, QStringLiteral("nmc_prioritise_people")},
          std::tuple{QStringLiteral("2.25"), false, QStringLiteral("nmc_practise_effectively")},
          std::tuple{QStringLiteral("3"), true, QString()}}) {
        QStringList arguments{QStringLiteral("--title"),     QStringLiteral("CPD"),
                              QStringLiteral("--date"),      today.toString(Qt::ISODate),
                              QStringLiteral("--body"),      QString(),
                              QStringLiteral("--cpd-type"),  QStringLiteral("course"),
                              QStringLiteral("--cpd-hours"), hours};
        if (participatory)
            arguments << QStringLiteral("--participatory");
        if (!standard.isEmpty())
            arguments << QStringLiteral("--standard") << standard;
        add(temp.path(), arguments);
    }
    const QJsonObject nmc =
        runJson(temp.path(), {QStringLiteral("cpd"), QStringLiteral("--regulator"), QStringLiteral("nmc"),
                              QStringLiteral("--from"), today.addYears(-1).toString(Qt::ISODate)})
            .object();
    CHECK(nmc.value(QStringLiteral("regulator")).toString() == QStringLiteral("nmc"));
    CHECK(nmc.value(QStringLiteral("from")).toString() == today.addYears(-1).toString(Qt::ISODate));
    CHECK(nmc.value(QStringLiteral("hours")).toDouble() == 15.25);
    CHECK(nmc.value(QStringLiteral("participatoryHours")).toDouble() == 13);
    CHECK(nmc.value(QStringLiteral("required")).toDouble() == 35);
    CHECK(nmc.value(QStringLiteral("requiredParticipatory")).toDouble() == 20);
    CHECK(nmc.value(QStringLiteral("reflectiveAccounts")).toInt() == 2);
    CHECK(nmc.value(QStringLiteral("requiredReflectiveAccounts")).toInt() == 5);
    CHECK(nmc.value(QStringLiteral("requiredRecords")).isNull());
    CHECK(nmc.value(QStringLiteral("byType")).toObject().value(QStringLiteral("course")).toDouble() == 15.25);
    CHECK(nmc.value(QStringLiteral("missing")).toArray().at(0).toString() == QStringLiteral("CPD hours to go: 19.75"));
    CHECK_FALSE(nmc.value(QStringLiteral("complete")).toBool());

    const QJsonObject care =
        runJson(temp.path(), {QStringLiteral("cpd"), QStringLiteral("--regulator"), QStringLiteral("scw-care-worker")})
            .object();
    CHECK(care.value(QStringLiteral("required")).toDouble() == 45);
    CHECK_FALSE(care.value(QStringLiteral("cycleStartSet")).toBool());

    // The regulator comes from Preferences when not given.
    CpdSettings::save({Regulator::Swe, QDate()});
    const auto text = runCli(temp.path(), {QStringLiteral("cpd")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Social Work England")));
    CHECK(text.out.contains(QStringLiteral("CPD records: 3 of 2")));
    CHECK(text.out.contains(QStringLiteral("Records with peer reflection still needed: 1")));
    CpdSettings::save({Regulator::None, QDate()});

    const auto wrong =
        runCli(temp.path(), {QStringLiteral("cpd"), QStringLiteral("--regulator"), QStringLiteral("gmc")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("“gmc” is not a regulator")));
    CHECK(runCli(temp.path(), {QStringLiteral("cpd"), QStringLiteral("--from"), QStringLiteral("2024-02-30")}).code
          == 1);
}

TEST_CASE("attach keeps a file with a reflection and attachments lists it", "[cli][attachments]")
{
    TempJournal temp;
    const QString id = add(temp.path(), {QStringLiteral("--title"), QStringLiteral("Course"), QStringLiteral("--body"),
                                         QStringLiteral("x")});
    test::writeFile(temp.file(QStringLiteral("certificate.pdf")), QByteArrayLiteral("%PDF-1.4 certificate"));
    const auto attached =
        runCli(temp.path(), {QStringLiteral("attach"), id.left(8), temp.file(QStringLiteral("certificate.pdf"))});
    INFO(attached.err.toStdString());
    REQUIRE(attached.code == 0);
    const QJsonArray listed = runJson(temp.path(), {QStringLiteral("attachments"), id}).array();
    REQUIRE(listed.size() == 1);
    const QJsonObject file = listed.at(0).toObject();
    CHECK(file.value(QStringLiteral("id")).toString() == attached.out.trimmed());
    CHECK(file.value(QStringLiteral("fileName")).toString() == QStringLiteral("certificate.pdf"));
    CHECK(file.value(QStringLiteral("mediaType")).toString() == QStringLiteral("application/pdf"));
    CHECK(file.value(QStringLiteral("size")).toInt() == 20);
    CHECK(runCli(temp.path(), {QStringLiteral("attachments"), id}).out.contains(QStringLiteral("certificate.pdf")));

    // Refusals change nothing.
    QFile big(temp.file(QStringLiteral("big.bin")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(25 * 1024 * 1024 + 1));
    big.close();
    const auto tooBig = runCli(temp.path(), {QStringLiteral("attach"), id, temp.file(QStringLiteral("big.bin"))});
    CHECK(tooBig.code == 1);
    CHECK(tooBig.err.contains(QStringLiteral("25 MB")));
    CHECK(runCli(temp.path(),
                 {QStringLiteral("attach"), QStringLiteral("nosuchid"), temp.file(QStringLiteral("certificate.pdf"))})
              .code
          == 1);
    CHECK(runCli(temp.path(), {QStringLiteral("attach"), id}).code == 1);
    CHECK(runJson(temp.path(), {QStringLiteral("attachments"), id}).array().size() == 1);
}

TEST_CASE("export pdf refuses what could identify someone unless --redact or --allow-identifiers", "[cli][privacy]")
{
    TempJournal temp;
    ProtectedNames::save(ProtectedNames({QStringLiteral("Mair Pritchard")}));
    const QString id =
        add(temp.path(),
            {QStringLiteral("--title"), QStringLiteral("Home visit"), QStringLiteral("--date"),
             QStringLiteral("2024-09-10"), QStringLiteral("--bring-to-supervision"), QStringLiteral("--model"),
             QStringLiteral("driscoll"), QStringLiteral("--answer"),
             QStringLiteral("what=Visited Mair Pritchard at CF10 3AT; NHS number 943 476 5919, phone "
                            "07700 900123, mair@example.org, DOB 12/03/1950."),
             QStringLiteral("--answer"), QStringLiteral("so_what=Ask first."), QStringLiteral("--body"), QString(),
             QStringLiteral("--cpd-type"), QStringLiteral("practice"), QStringLiteral("--cpd-hours"),
             QStringLiteral("1"), QStringLiteral("--standard"), QStringLiteral("nmc_prioritise_people")});
    const QString pdf = temp.file(QStringLiteral("account.pdf"));
    const QStringList base{QStringLiteral("export"),   QStringLiteral("pdf"),
                           QStringLiteral("--kind"),   QStringLiteral("nmc-account"),
                           QStringLiteral("--id"),     id,
                           QStringLiteral("--output"), pdf};

    const auto refused = runCli(temp.path(), base);
    CHECK(refused.code == 1);
    CHECK_FALSE(QFileInfo::exists(pdf));
    INFO(refused.err.toStdString());
    for (const QString& expected :
         {QStringLiteral("Name of someone you protect: “Mair Pritchard”"), QStringLiteral("Postcode: “CF10 3AT”"),
          QStringLiteral("NHS number: “943 476 5919”"), QStringLiteral("Phone number: “07700 900123”"),
          QStringLiteral("Email address: “mair@example.org”"), QStringLiteral("Date of birth: “12/03/1950”"),
          QStringLiteral("--redact"), QStringLiteral("--allow-identifiers")})
        CHECK(refused.err.contains(expected));

    const auto both =
        runCli(temp.path(), base + QStringList{QStringLiteral("--redact"), QStringLiteral("--allow-identifiers")});
    CHECK(both.code == 1);
    CHECK_FALSE(QFileInfo::exists(pdf));

    REQUIRE(runCli(temp.path(), base + QStringList{QStringLiteral("--redact")}).code == 0);
    const QString redacted = pdfText(pdf);
    CHECK(redacted.contains(QStringLiteral("Visited [name] at [postcode]; NHS number [NHS number], phone [phone "
                                           "number], [email address], DOB [date of birth].")));
    CHECK_FALSE(redacted.contains(QStringLiteral("Pritchard")));

    REQUIRE(
        runCli(temp.path(), base + QStringList{QStringLiteral("--allow-identifiers"), QStringLiteral("--overwrite")})
            .code
        == 0);
    const QString anyway = pdfText(pdf);
    CHECK(anyway.contains(QStringLiteral("Mair Pritchard")));
    CHECK(anyway.contains(QStringLiteral("confidentiality guard found that could identify someone (6)")));

    // A copy for oneself is not checked; a regulator's form always is.
    const QString mine = temp.file(QStringLiteral("mine.pdf"));
    CHECK(runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--include-private"),
                               QStringLiteral("--output"), mine})
              .code
          == 0);
    CHECK(
        runCli(temp.path(), base + QStringList{QStringLiteral("--include-private"), QStringLiteral("--overwrite")}).code
        == 1);
    ProtectedNames::save({});
}

TEST_CASE("export pdf makes each regulator's form from the command line", "[cli][cpd]")
{
    TempJournal temp;
    const QString id = add(
        temp.path(), {QStringLiteral("--title"), QStringLiteral("Reading"), QStringLiteral("--date"),
                      QStringLiteral("2024-10-03"), QStringLiteral("--bring-to-supervision"), QStringLiteral("--body"),
                      QStringLiteral("BODYMARK"), QStringLiteral("--cpd-type"), QStringLiteral("reading"),
                      QStringLiteral("--cpd-hours"), QStringLiteral("2.5"), QStringLiteral("--peer")});
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2024-12-31")};
    const QList<QPair<QStringList, QString>> forms = {
        {{QStringLiteral("nmc-account"), QStringLiteral("--id"), id}, QStringLiteral("Reflective account")},
        {{QStringLiteral("swe-record"), QStringLiteral("--id"), id}, QStringLiteral("Peer reflection Yes")},
        {QStringList{QStringLiteral("scw-log"), QStringLiteral("--regulator"), QStringLiteral("scw-manager")} + period,
         QStringLiteral("2.5 (required: 90 every three years)")},
        {QStringList{QStringLiteral("hcpc-summary")} + period, QStringLiteral("CPD summary (HCPC style)")},
    };
    for (const auto& [arguments, expected] : forms) {
        const QString pdf = temp.file(arguments.constFirst() + QStringLiteral(".pdf"));
        const auto run =
            runCli(temp.path(), QStringList{QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--kind")}
                                    + arguments + QStringList{QStringLiteral("--output"), pdf});
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.code == 0);
        CHECK(pdfText(pdf).contains(expected));
    }
    const auto noId = runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--kind"),
                                           QStringLiteral("nmc-account"), QStringLiteral("--output"),
                                           temp.file(QStringLiteral("x.pdf"))});
    CHECK(noId.code == 1);
    const auto badRole =
        runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--kind"),
                             QStringLiteral("scw-log"), QStringLiteral("--regulator"), QStringLiteral("gmc"),
                             QStringLiteral("--output"), temp.file(QStringLiteral("y.pdf"))});
    CHECK(badRole.code == 1);
    CHECK_FALSE(QFileInfo::exists(temp.file(QStringLiteral("y.pdf"))));
}

TEST_CASE("agreement export refuses a file that could identify someone unless --allow-identifiers", "[cli][privacy]")
{
    TempJournal temp;
    QString id;
    {
        auto db = temp.open();
        AgreementContent content;
        content.supervisorName = QStringLiteral("Dr Gwen Ffransis");
        content.superviseeName = QStringLiteral("Siân Jones");
        content.texts.insert(QStringLiteral("confidentiality"),
                             QStringLiteral("Concerns about Dylan Rhys go to the duty team on 029 2034 5678."));
        auto created = AgreementStore(*db).create(content, SectionCatalog::supervisee());
        REQUIRE(created.ok());
        id = created->id;
    }
    ProtectedNames::save(ProtectedNames({QStringLiteral("Dylan Rhys"), QStringLiteral("Siân Jones")}));
    const QString file = temp.file(QStringLiteral("a.myfyrio-agreement"));
    const QStringList base{QStringLiteral("agreement"), QStringLiteral("export"), id, QStringLiteral("--output"), file};
    const auto refused = runCli(temp.path(), base);
    INFO(refused.err.toStdString());
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Name of someone you protect: “Dylan Rhys”")));
    CHECK(refused.err.contains(QStringLiteral("Phone number: “029 2034 5678”")));
    // The parties' own names are meant to be in the file: the guard does not read them.
    CHECK_FALSE(refused.err.contains(QStringLiteral("Siân Jones")));
    CHECK_FALSE(QFileInfo::exists(file));
    // Signed text cannot be redacted, so there is no --redact here.
    CHECK(runCli(temp.path(), base + QStringList{QStringLiteral("--redact")}).code != 0);
    const auto allowed = runCli(temp.path(), base + QStringList{QStringLiteral("--allow-identifiers")});
    CHECK(allowed.code == 0);
    CHECK(QFileInfo::exists(file));
    ProtectedNames::save({});
}
