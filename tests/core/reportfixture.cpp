#include "tests/core/reportfixture.h"

#include "core/attachments/attachmentstore.h"
#include "core/failure/failureplacementstore.h"
#include "core/journal/reflectionstore.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportpainter.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

namespace myfyrio::test {

namespace {

Reflection stored(const Database& db, Reflection reflection)
{
    auto added = ReflectionStore(db).add(reflection);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    if (reflection.failure) {
        REQUIRE(FailurePlacementStore(db.connection()).save(added->id, reflection.failure).ok());
        added->failure = reflection.failure;
    }
    return *added;
}

} // namespace

void ReportJournal::fill(const Database& db)
{
    Reflection w;
    w.title = QStringLiteral("Ymweliad â'r teulu");
    w.date = QDate(2024, 3, 1);
    w.language = QStringLiteral("cy");
    w.tags = {QStringLiteral("dŵr"), QStringLiteral("cartref")};
    w.bringToSupervision = true;
    w.model = QStringLiteral("gibbs");
    w.answers.insert(QStringLiteral("description"), QStringLiteral("Effaith fawr ar y plant; roedd y swyddfa ar gau."));
    w.answers.insert(QStringLiteral("feelings"), QStringLiteral("Roeddwn i'n ffyddiog ac yn bryderus."));
    Action call;
    call.text = QStringLiteral("Ffonio'r landlord");
    call.due = QDate(2024, 3, 8);
    Action meet;
    meet.text = QStringLiteral("Trefnu cyfarfod tîm");
    meet.done = true;
    w.actions = {call, meet};
    FailurePlacement placement;
    placement.reason = FailureReason::ProcessInadequacy;
    placement.blameFelt = 3;
    placement.systemFactors = QStringLiteral("Dim llwybr atgyfeirio y tu allan i oriau swyddfa.");
    w.failure = placement;
    welsh = stored(db, w);

    Reflection e;
    e.title = QStringLiteral("Official difficulties with the office");
    e.date = QDate(2024, 4, 12);
    e.tags = {QStringLiteral("staffing")};
    e.bringToSupervision = true;
    e.body = QStringLiteral("An efficient officer offered a fix for the difficult first shift.");
    FailurePlacement inattention;
    inattention.reason = FailureReason::Inattention;
    e.failure = inattention;
    english = stored(db, e);

    Reflection s;
    s.title = QStringLiteral("Private worry");
    s.date = QDate(2024, 5, 2);
    s.tags = {QStringLiteral("staffing")};
    s.body = QStringLiteral("SECRETPRIVATETEXT that stays in the journal.");
    secret = stored(db, s);

    Reflection l;
    l.title = QStringLiteral("A long reflection");
    l.date = QDate(2024, 6, 20);
    l.bringToSupervision = true;
    QStringList paragraphs;
    for (int i = 1; i <= 40; ++i)
        paragraphs << QStringLiteral("Paragraph %1 of the long reflection: the visit, the office, the family and what "
                                     "the team learned from it, written out at length to fill the page.")
                          .arg(i);
    paragraphs << QStringLiteral("LASTPARAGRAPHMARK");
    l.body = paragraphs.join(QStringLiteral("\n\n"));
    longOne = stored(db, l);
}

void ReportJournal::fillCpd(const Database& db)
{
    Reflection g;
    g.title = QStringLiteral("Safeguarding refresher");
    g.date = QDate(2024, 9, 10);
    g.bringToSupervision = true;
    g.model = QStringLiteral("driscoll");
    g.answers.insert(QStringLiteral("what"), QStringLiteral("WHATMARK A day's course on safeguarding adults."));
    g.answers.insert(
        QStringLiteral("so_what"),
        QStringLiteral("SOWHATMARK Making safeguarding personal starts with asking what the person wants."));
    g.answers.insert(QStringLiteral("now_what"),
                     QStringLiteral("NOWWHATMARK I now ask about outcomes before I fill in the referral."));
    g.cpd = CpdRecord{QStringLiteral("course"), 14, true, false, QStringLiteral("nmc_preserve_safety")};
    cpdGuided = stored(db, g);
    QImage photo(320, 200, QImage::Format_RGB32);
    photo.fill(QColor(0x2e, 0x6b, 0x4f));
    QPainter(&photo).fillRect(40, 40, 240, 120, QColor(0xf2, 0xe8, 0xcf));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "PNG");
    REQUIRE(AttachmentStore(db).add(cpdGuided.id, QStringLiteral("tystysgrif.png"), png).ok());
    REQUIRE(AttachmentStore(db).add(cpdGuided.id, QStringLiteral("agenda.pdf"), QByteArrayLiteral("%PDF-1.4")).ok());

    Reflection p;
    p.title = QStringLiteral("Darllen am ofal trawma");
    p.date = QDate(2024, 10, 3);
    p.language = QStringLiteral("cy");
    p.bringToSupervision = true;
    p.body =
        QStringLiteral("BODYMARK Darllenais erthygl am ofal sy'n ystyriol o drawma, a'i thrafod gyda chydweithiwr.");
    p.cpd = CpdRecord{QStringLiteral("reading"), 5, false, true, QStringLiteral("scw_6")};
    cpdPlain = stored(db, p);

    Reflection q;
    q.title = QStringLiteral("Private shadowing");
    q.date = QDate(2024, 11, 20);
    q.body = QStringLiteral("SECRETCPDTEXT");
    q.cpd = CpdRecord{QStringLiteral("practice"), 8, true, false, {}};
    cpdPrivate = stored(db, q);
}

bool havePdfTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

ReportOptions optionsFor(ReportKind kind, const QString& language)
{
    ReportOptions options;
    options.kind = kind;
    options.language = language;
    options.ownerName = QStringLiteral("Siân Ffion Jones");
    return options;
}

QString reportText(const Database& db, const ReportOptions& options, const QString& pdfPath)
{
    auto content = ReportBuilder(db).build(options);
    INFO(content.error().toStdString());
    REQUIRE(content.ok());
    auto written = ReportPainter::writePdf(*content, pdfPath);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    REQUIRE(QFileInfo(pdfPath).size() > 0);
    // scripts/myfyrio installs poppler-utils: a missing pdftotext is a broken
    // test machine, not a reason to pass without reading the PDF.
    if (!havePdfTools())
        FAIL("pdftotext is not installed (Debian package poppler-utils), so the PDF cannot be read back.");
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
}

} // namespace myfyrio::test
