// Exports never leave the chosen folder, never write through a symbolic link,
// and make every folder 0700 and every file 0600 whatever the umask.

#include "core/io/backupexporter.h"
#include "core/io/markdownexporter.h"
#include "core/io/savedfile.h"
#include "core/journal/reflectionstore.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportpainter.h"
#include "core/storage/sql.h"
#include "core/supervision/agreementfile.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/core/reportfixture.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

/// Sets the umask for the life of the object.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_old;
};

mode_t modeOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

/// Every file and folder under a folder, relative to it, sorted.
QStringList everything(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(folder).relativeFilePath(it.next());
    found.sort();
    return found;
}

void addWithId(const Database& db, const QString& id, const QString& title, const QString& date)
{
    Reflection r;
    r.title = title;
    r.date = QDate(2024, 3, 1);
    r.body = QStringLiteral("Text.");
    auto added = ReflectionStore(db).add(r);
    REQUIRE(added.ok());
    // Ids and dates only another program could have written.
    REQUIRE(sql::run(db.connection(),
                     QStringLiteral("UPDATE reflection SET id = :id, entry_date = :date WHERE id = :old"),
                     {{QStringLiteral("id"), id}, {QStringLiteral("date"), date}, {QStringLiteral("old"), added->id}})
                .ok());
}

Agreement someAgreement(const Database& db)
{
    AgreementContent content;
    content.supervisorName = QStringLiteral("Dr Gwenllian Ffransis");
    content.superviseeName = QStringLiteral("Siân Ffion Jones");
    auto agreement = AgreementStore(db).create(content, SectionCatalog::supervisee());
    REQUIRE(agreement.ok());
    return *agreement;
}

} // namespace

TEST_CASE("Markdown file names made from hostile titles and ids never leave the folder", "[export]")
{
    TempJournal temp;
    auto db = temp.open();
    addWithId(*db, QStringLiteral("/../../x"), QString(), QStringLiteral("2024-02-30"));
    addWithId(*db, QStringLiteral(".."), QString(), QStringLiteral("2024-03-01"));
    addWithId(*db, QStringLiteral("00000000-0000-4000-8000-000000000003"), QStringLiteral("../../../etc/passwd"),
              QStringLiteral("2024-03-02"));
    addWithId(*db, QStringLiteral("00000000-0000-4000-8000-000000000004"),
              QStringLiteral("a") + QChar(0) + QStringLiteral("/b\\c"), QStringLiteral("2024-03-03"));
    addWithId(*db, QStringLiteral("00000000-0000-4000-8000-000000000005"), QString(10000, QLatin1Char('w')),
              QStringLiteral("2024-03-04"));
    addWithId(*db, QStringLiteral("nul"), QString(), QStringLiteral("0000-00-00"));
    addWithId(*db, QStringLiteral("00000000-0000-4000-8000-000000000006"), QStringLiteral(".hidden"),
              QStringLiteral("9999-99-99"));

    const QString folder = temp.file(QStringLiteral("out"));
    const QStringList before = everything(temp.folder());
    auto written = MarkdownExporter(*db).write(folder);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 7);
    const QStringList files = everything(folder);
    CHECK(files.size() == 7);
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9][a-z0-9-]{0,80}\\.md$"));
    for (const QString& name : files) {
        INFO(name.toStdString());
        CHECK(safe.match(name).hasMatch());
        CHECK_FALSE(name.startsWith(QStringLiteral("nul.")));
    }
    // Nothing appeared anywhere else.
    QStringList after = everything(temp.folder());
    after.erase(std::remove_if(after.begin(), after.end(),
                               [](const QString& p) { return p.startsWith(QStringLiteral("out")); }),
                after.end());
    CHECK(after == before);
}

TEST_CASE("every folder and file an export makes is private whatever the umask", "[export]")
{
    for (const mode_t mask : {mode_t(0), mode_t(022)}) {
        INFO("umask " << mask);
        TempJournal temp;
        auto db = temp.open();
        test::ReportJournal journal;
        journal.fill(*db);
        const Umask umask(mask);

        const QString nested = temp.file(QStringLiteral("a/b/c"));
        REQUIRE(MarkdownExporter(*db).write(nested).ok());
        for (const QString& folder : {temp.file(QStringLiteral("a")), temp.file(QStringLiteral("a/b")), nested})
            CHECK(modeOf(folder) == 0700);
        for (const QString& file : QDir(nested).entryList(QDir::Files))
            CHECK(modeOf(QDir(nested).filePath(file)) == 0600);

        const QString backup = temp.file(QStringLiteral("backup.json"));
        REQUIRE(BackupExporter(*db).write(backup).ok());
        CHECK(modeOf(backup) == 0600);

        const QString agreement = temp.file(QStringLiteral("agreement.myfyrio-agreement"));
        REQUIRE(AgreementFile::write(someAgreement(*db), agreement).ok());
        CHECK(modeOf(agreement) == 0600);

        auto content = ReportBuilder(*db).build(test::optionsFor(ReportKind::Portfolio));
        REQUIRE(content.ok());
        const QString pdf = temp.file(QStringLiteral("report.pdf"));
        REQUIRE(ReportPainter::writePdf(*content, pdf).ok());
        CHECK(modeOf(pdf) == 0600);
    }
}

TEST_CASE("exports never write through a symbolic link at the target", "[export]")
{
    TempJournal temp;
    auto db = temp.open();
    test::ReportJournal journal;
    journal.fill(*db);
    const QString elsewhere = temp.file(QStringLiteral("elsewhere.txt"));
    test::writeFile(elsewhere, QByteArray("someone else's file"));
    const QString dangling = temp.file(QStringLiteral("dangling.json"));
    const QString missing = temp.file(QStringLiteral("created-through-the-link"));
    REQUIRE(QFile::link(missing, dangling));
    const QString linked = temp.file(QStringLiteral("linked.json"));
    REQUIRE(QFile::link(elsewhere, linked));

    for (const QString& target : {dangling, linked}) {
        INFO(target.toStdString());
        auto backup = BackupExporter(*db).write(target);
        REQUIRE_FALSE(backup.ok());
        CHECK(backup.error().contains(QStringLiteral("symbolic link")));
        REQUIRE_FALSE(SavedFile::write(target, QByteArray("x")).ok());
        REQUIRE_FALSE(AgreementFile::write(someAgreement(*db), target).ok());
        auto content = ReportBuilder(*db).build(test::optionsFor(ReportKind::Portfolio));
        REQUIRE(content.ok());
        REQUIRE_FALSE(ReportPainter::writePdf(*content, target).ok());
        CHECK(QFileInfo(target).isSymLink());
    }
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(test::fileBytes(elsewhere) == QByteArray("someone else's file"));

    SECTION("a link where a Markdown file would go stops the export before anything is written")
    {
        const QString folder = temp.file(QStringLiteral("notes"));
        REQUIRE(QDir().mkpath(folder));
        auto all = ReflectionStore(*db).listFull();
        REQUIRE(all.ok());
        const QString name = MarkdownExporter::baseName(all->constFirst()) + QStringLiteral(".md");
        REQUIRE(QFile::link(elsewhere, QDir(folder).filePath(name)));
        auto written = MarkdownExporter(*db).write(folder, true);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().contains(QStringLiteral("symbolic link")));
        CHECK(everything(folder) == QStringList{name});
        CHECK(test::fileBytes(elsewhere) == QByteArray("someone else's file"));
    }
}
