// Day One's photos and other files, attached to the reflections their entries become.
#include "core/attachments/attachmentstore.h"
#include "core/io/import/dayonesource.h"
#include "core/io/import/foldermediafiles.h"
#include "core/io/import/importpreview.h"
#include "core/io/import/importsummary.h"
#include "core/io/import/importwriter.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/sql.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/journalfaults.h"
#include "tests/support/tempjournal.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>

#include <atomic>

using namespace myfyrio;
using namespace myfyrio::test;

namespace {

const QString photoMd5 = QStringLiteral("0cc175b9c0f1b6a831c399e269772661");
const QString pdfMd5 = QStringLiteral("92eb5ffee6ae2fec3ad71c777531578f");
const QString missingMd5 = QStringLiteral("4a8a08f09d37b73795649038408b5f33");
const QString largeMd5 = QStringLiteral("8277e0910d750195b448797616e091ad");

const QByteArray pdfBytes = QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

/// Two entries: the first with a photo and a PDF that are in the export, the second with a photo the
/// export does not hold and one over 25 MB. Extra photos may be named for the second entry.
QByteArray journalJson(const QStringList& extraPhotos = {})
{
    QString second = QStringLiteral("{\"md5\": \"%1\", \"type\": \"jpeg\"}, {\"md5\": \"%2\", \"type\": \"png\"}")
                         .arg(missingMd5, largeMd5);
    for (const QString& photo : extraPhotos)
        second += QStringLiteral(", ") + photo;
    return QStringLiteral("{\"metadata\": {\"version\": \"1.0\"}, \"entries\": ["
                          "{\"uuid\": \"AAAA0000AAAA0000AAAA0000AAAA0001\", \"creationDate\": \"2023-06-01T10:00:00Z\","
                          " \"text\": \"# Visit with the team\\n\\n![](dayone-moment://P1)\\nIt went well.\","
                          " \"photos\": [{\"identifier\": \"P1\", \"md5\": \"%1\", \"type\": \"png\"},"
                          "              {\"identifier\": \"P1\", \"md5\": \"%1\", \"type\": \"png\"}],"
                          " \"pdfAttachments\": [{\"identifier\": \"D1\", \"md5\": \"%2\", \"type\": \"pdf\"}]},"
                          "{\"uuid\": \"AAAA0000AAAA0000AAAA0000AAAA0002\", \"creationDate\": \"2023-06-02T10:00:00Z\","
                          " \"text\": \"# Second day\\n\\nQuieter.\", \"photos\": [%3]}]}")
        .arg(photoMd5, pdfMd5, second)
        .toUtf8();
}

QByteArray largeBytes()
{
    return QByteArray(static_cast<int>(AttachmentStore::maximumSize + 1), 'x');
}

/// The export as Day One unpacks it into a folder.
QString writeFolderExport(const QString& folder)
{
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/photos")));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/pdfs")));
    writeFile(folder + QStringLiteral("/Journal.json"), journalJson());
    writeFile(folder + QStringLiteral("/photos/") + photoMd5 + QStringLiteral(".png"),
              test::pngBytes(QSize(30, 20), Qt::darkCyan));
    writeFile(folder + QStringLiteral("/pdfs/") + pdfMd5 + QStringLiteral(".pdf"), pdfBytes);
    writeFile(folder + QStringLiteral("/photos/") + largeMd5 + QStringLiteral(".png"), largeBytes());
    return folder;
}

/// The same export as Day One's .zip.
QString writeZipExport(const QString& path)
{
    writeZip(path, {{QStringLiteral("Journal.json"), journalJson()},
                    {QStringLiteral("photos/") + photoMd5 + QStringLiteral(".png"),
                     test::pngBytes(QSize(30, 20), Qt::darkCyan)},
                    {QStringLiteral("pdfs/") + pdfMd5 + QStringLiteral(".pdf"), pdfBytes},
                    {QStringLiteral("photos/") + largeMd5 + QStringLiteral(".png"), largeBytes()}});
    return path;
}

int attachmentCount(const Database& db)
{
    auto count = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM reflection_attachment"));
    REQUIRE(count.ok());
    return count->toInt();
}

const Reflection& titled(const ImportBatch& batch, const QString& title)
{
    for (const ImportedEntry& entry : batch.entries) {
        if (entry.reflection.title == title)
            return entry.reflection;
    }
    FAIL("no entry titled " << title.toStdString());
    static Reflection none;
    return none;
}

/// Imports the export and checks what Myfyrio keeps: two entries, the photo and the PDF attached with
/// their bytes, names and types, and the missing and the large photo reported with why.
void checkImported(const Database& db, const QString& exportPath)
{
    const ImportBatch batch = readSource(SourceKind::DayOne, exportPath);
    auto outcome = ImportWriter(db).write(batch);
    REQUIRE(outcome.ok());
    CHECK(outcome->added == 2);
    CHECK(outcome->attached == 2);
    REQUIRE(outcome->mediaLeftOut.size() == 2);
    CHECK(outcome->mediaLeftOut.at(0).source.startsWith(QStringLiteral("photos/%1.jpeg (").arg(missingMd5)));
    CHECK(outcome->mediaLeftOut.at(0).source.endsWith(QStringLiteral("Journal.json, entry 2)")));
    CHECK(outcome->mediaLeftOut.at(0).reason == QStringLiteral("The export does not hold this file."));
    CHECK(outcome->mediaLeftOut.at(1).source.startsWith(QStringLiteral("photos/%1.png (").arg(largeMd5)));
    CHECK(outcome->mediaLeftOut.at(1).reason.endsWith(QStringLiteral("; an attachment can be at most 25 MB.")));

    const AttachmentStore store(db);
    auto visit = store.list(titled(batch, QStringLiteral("Visit with the team")).id);
    REQUIRE(visit.ok());
    REQUIRE(visit->size() == 2);
    CHECK(visit->at(0).fileName == photoMd5 + QStringLiteral(".png"));
    CHECK(visit->at(0).mediaType == QStringLiteral("image/png"));
    CHECK(store.data(visit->at(0).id).value() == test::pngBytes(QSize(30, 20), Qt::darkCyan));
    CHECK(visit->at(1).fileName == pdfMd5 + QStringLiteral(".pdf"));
    CHECK(visit->at(1).mediaType == QStringLiteral("application/pdf"));
    CHECK(store.data(visit->at(1).id).value() == pdfBytes);
    // The entry whose photos could not be attached is imported all the same.
    const QString second = titled(batch, QStringLiteral("Second day")).id;
    auto stored = ReflectionStore(db).find(second);
    REQUIRE(stored.ok());
    CHECK(stored->has_value());
    CHECK(store.list(second)->isEmpty());
    CHECK(attachmentCount(db) == 2);
}

} // namespace

TEST_CASE("Day One photos and PDFs are attached from the folder and the zip, and only once", "[import][attachments]")
{
    TempJournal temp;
    const QString folder = writeFolderExport(temp.file(QStringLiteral("export")));
    const QString zip = writeZipExport(temp.file(QStringLiteral("export.zip")));

    SECTION("from the folder, then again from the folder, its Journal.json and the zip")
    {
        auto db = temp.open();
        checkImported(*db, folder);
        for (const QString& again : QStringList{folder, folder + QStringLiteral("/Journal.json"), zip}) {
            auto outcome = ImportWriter(*db).write(readSource(SourceKind::DayOne, again));
            REQUIRE(outcome.ok());
            CHECK(outcome->added == 0);
            CHECK(outcome->existing == 2);
            CHECK(outcome->attached == 0);
            // The files of entries already in the journal are neither attached again nor reported again.
            CHECK(outcome->mediaLeftOut.isEmpty());
            CHECK(attachmentCount(*db) == 2);
        }
    }
    SECTION("from the zip")
    {
        auto db = temp.open();
        checkImported(*db, zip);
        auto again = ImportWriter(*db).write(readSource(SourceKind::DayOne, zip));
        REQUIRE(again.ok());
        CHECK(again->attached == 0);
        CHECK(attachmentCount(*db) == 2);
    }
    SECTION("from the Journal.json alone, its photos found beside it")
    {
        auto db = temp.open();
        checkImported(*db, folder + QStringLiteral("/Journal.json"));
    }
}

TEST_CASE("the preview, the dry run and the summary say what is attached and what is left out and why",
          "[import][attachments]")
{
    TempJournal temp;
    const QString folder = writeFolderExport(temp.file(QStringLiteral("export")));
    auto db = temp.open();
    const ImportBatch batch = readSource(SourceKind::DayOne, folder);

    const ImportPreview preview = ImportPreview::of(batch, {});
    CHECK(preview.toAttach == 2);
    CHECK(preview.mediaLeftOut.size() == 2);

    auto planned = ImportWriter(*db).dryRun(batch);
    REQUIRE(planned.ok());
    const QStringList dry = ImportSummary::lines(*planned, true);
    CHECK(dry.contains(QStringLiteral("Photos and other files that would be attached: 2")));
    CHECK(attachmentCount(*db) == 0);

    auto written = ImportWriter(*db).write(batch);
    REQUIRE(written.ok());
    const QStringList lines = ImportSummary::lines(*written, false);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Photos and other files attached: 2")));
    CHECK(lines.contains(QStringLiteral("Photos and other files left out: 2")));
    CHECK(lines.contains(QStringLiteral("  photos/%1.jpeg (Journal.json, entry 2): The export does not hold this file.")
                             .arg(missingMd5)));
    const QJsonObject json = ImportSummary::json(*written);
    CHECK(json.value(QStringLiteral("attached")).toInt() == 2);
    CHECK(json.value(QStringLiteral("mediaLeftOut")).toArray().size() == 2);

    // Once the entries are in the journal, a preview has no files to attach and none to report.
    auto have = ImportWriter(*db).existingIds(batch);
    REQUIRE(have.ok());
    const ImportPreview again = ImportPreview::of(batch, *have);
    CHECK(again.toAttach == 0);
    CHECK(again.mediaLeftOut.isEmpty());
}

TEST_CASE("photos with hostile names or behind links are never read from outside the export", "[import][attachments]")
{
    TempJournal temp;
    const QByteArray secret = QByteArrayLiteral("the contents of a file outside the export");
    REQUIRE(QDir().mkpath(temp.file(QStringLiteral("outside"))));
    writeFile(temp.file(QStringLiteral("outside/secret.jpeg")), secret);
    const QStringList hostile{QStringLiteral("{\"md5\": \"../../outside/secret\", \"type\": \"jpeg\"}"),
                              QStringLiteral("{\"md5\": \"secret\", \"type\": \"jpeg/../../../outside\"}"),
                              QStringLiteral("{\"md5\": \"/etc/passwd\", \"type\": \"jpeg\"}"),
                              QStringLiteral("{\"md5\": \"linked\", \"type\": \"jpeg\"}"),
                              QStringLiteral("{\"md5\": \"climbed\", \"type\": \"jpeg\"}")};

    SECTION("in a folder")
    {
        const QString folder = writeFolderExport(temp.file(QStringLiteral("export")));
        writeFile(folder + QStringLiteral("/Journal.json"), journalJson(hostile));
        REQUIRE(QFile::link(temp.file(QStringLiteral("outside/secret.jpeg")),
                            folder + QStringLiteral("/photos/linked.jpeg")));
        REQUIRE(QDir().mkpath(folder + QStringLiteral("/photos/climbed.jpeg")));
        const ImportBatch batch = readSource(SourceKind::DayOne, folder);
        const ImportedEntry& second = batch.entries.at(1);
        REQUIRE(second.mediaLeftOut.size() == 7);
        const QString badName =
            QStringLiteral("Its name in the export is not one Day One gives its files, so it was not looked for.");
        CHECK(second.mediaLeftOut.at(2).reason == badName);
        CHECK(second.mediaLeftOut.at(3).reason == badName);
        CHECK(second.mediaLeftOut.at(4).reason == badName);
        CHECK(second.mediaLeftOut.at(5).source.startsWith(QStringLiteral("photos/linked.jpeg")));
        CHECK(second.mediaLeftOut.at(5).reason
              == QStringLiteral("It is a symbolic link, which Myfyrio does not follow."));
        CHECK(second.mediaLeftOut.at(6).reason
              == QStringLiteral("It is not a plain file, so Myfyrio did not read it."));

        // A photos folder that is itself a link out of the export is not entered either.
        const QString other = temp.file(QStringLiteral("other"));
        REQUIRE(QDir().mkpath(other));
        writeFile(other + QStringLiteral("/Journal.json"), journalJson());
        REQUIRE(QFile::link(folder + QStringLiteral("/photos"), other + QStringLiteral("/photos")));
        const ImportBatch linked = readSource(SourceKind::DayOne, other);
        REQUIRE(linked.entries.at(0).mediaLeftOut.size() == 2); // the photo behind the link, and the PDF
        CHECK(linked.entries.at(0).mediaLeftOut.at(0).source.startsWith(QStringLiteral("photos/")));
        CHECK(linked.entries.at(0).mediaLeftOut.at(0).reason
              == QStringLiteral("It is a symbolic link, which Myfyrio does not follow."));

        // The files' own checks, whatever a caller asks for.
        const FolderMediaFiles files(folder);
        CHECK_FALSE(files.find(QStringLiteral("../outside/secret.jpeg")).ok());
        CHECK_FALSE(files.find(QStringLiteral("photos/../../outside/secret.jpeg")).ok());
        CHECK_FALSE(files.find(QStringLiteral("photos//linked.jpeg")).ok());
        CHECK_FALSE(files.find(QStringLiteral("photos")).ok());
        CHECK(files.find(QStringLiteral("photos/") + photoMd5 + QStringLiteral(".png")).ok());

        auto db = temp.open();
        REQUIRE(ImportWriter(*db).write(batch).ok());
        CHECK(attachmentCount(*db) == 2);
    }
    SECTION("in a zip")
    {
        const QString zip = temp.file(QStringLiteral("hostile.zip"));
        writeZip(zip, {{QStringLiteral("Journal.json"), journalJson(hostile)},
                       {QStringLiteral("photos/") + photoMd5 + QStringLiteral(".png"),
                        test::pngBytes(QSize(30, 20), Qt::darkCyan)},
                       {QStringLiteral("pdfs/") + pdfMd5 + QStringLiteral(".pdf"), pdfBytes},
                       {QStringLiteral("../../outside/secret.jpeg"), secret},
                       {QStringLiteral("/etc/passwd.jpeg"), secret},
                       {QStringLiteral("photos/linked.jpeg"), temp.file(QStringLiteral("outside/secret.jpeg")).toUtf8(),
                        true},
                       {QStringLiteral("../photos/climbed.jpeg"), secret},
                       {QStringLiteral("Other.json"), QByteArrayLiteral("/home/someone/Journal.json"), true}});
        const ImportBatch batch = readSource(SourceKind::DayOne, zip);
        REQUIRE(batch.skipped.size() == 1);
        CHECK(batch.skipped.at(0).source == QStringLiteral("hostile.zip/Other.json"));
        CHECK(batch.skipped.at(0).reason == QStringLiteral("It is a symbolic link, which Myfyrio does not follow."));
        const ImportedEntry& second = batch.entries.at(1);
        REQUIRE(second.mediaLeftOut.size() == 7);
        CHECK(second.mediaLeftOut.at(5).reason
              == QStringLiteral("It is a symbolic link, which Myfyrio does not follow."));
        CHECK(second.mediaLeftOut.at(6).reason == QStringLiteral("The export does not hold this file."));

        auto db = temp.open();
        auto outcome = ImportWriter(*db).write(batch);
        REQUIRE(outcome.ok());
        CHECK(outcome->attached == 2);
        auto rows = sql::run(db->connection(), QStringLiteral("SELECT data FROM reflection_attachment"));
        REQUIRE(rows.ok());
        while (rows->next())
            CHECK(rows->value(0).toByteArray() != secret);
    }
}

TEST_CASE("an import whose photo cannot be stored, or that is cancelled, leaves nothing", "[import][attachments]")
{
    TempJournal temp;
    const QString folder = writeFolderExport(temp.file(QStringLiteral("export")));
    const ImportBatch batch = readSource(SourceKind::DayOne, folder);
    auto db = temp.open();

    SECTION("the journal refuses the PDF")
    {
        runOn(temp.path(), {QStringLiteral("CREATE TRIGGER refuse_pdf BEFORE INSERT ON reflection_attachment"
                                           " WHEN NEW.media_type = 'application/pdf'"
                                           " BEGIN SELECT RAISE(ABORT, 'no PDFs here'); END")});
        auto outcome = ImportWriter(*db).write(batch);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().startsWith(QStringLiteral("Nothing was imported, because “pdfs/%1.pdf").arg(pdfMd5)));
    }
    SECTION("the user cancels while the photos are attached")
    {
        std::atomic_bool cancel{false};
        // The first report comes before the first entry is stored; the cancel is seen at its first photo.
        const ImportProgress progress([&cancel](int, int) { cancel = true; }, &cancel);
        auto outcome = ImportWriter(*db).write(batch, progress);
        REQUIRE_FALSE(outcome.ok());
    }
    CHECK(ReflectionStore(*db).count().value() == 0);
    CHECK(attachmentCount(*db) == 0);
}
