#include "core/attachments/attachmentcopies.h"
#include "core/attachments/attachmentstore.h"
#include "core/io/backupexporter.h"
#include "core/io/backupimporter.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>

#include <sys/stat.h>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

QString addReflection(const Database& db, const QString& title = QStringLiteral("Course day"))
{
    Reflection r;
    r.title = title;
    r.date = QDate(2024, 5, 1);
    auto added = ReflectionStore(db).add(r);
    REQUIRE(added.ok());
    return added->id;
}

QByteArray bigBytes(qint64 size)
{
    QByteArray bytes(static_cast<int>(size), Qt::Uninitialized);
    quint32 x = 2463534242u; // xorshift: bytes that do not compress
    for (int i = 0; i < bytes.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = static_cast<char>(x & 0xff);
    }
    return bytes;
}

int modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace

TEST_CASE("Attachments are kept in the journal, listed without their bytes, and announced", "[attachments]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = addReflection(*db);
    QList<QStringList> announced;
    QObject::connect(&db->changes(), &JournalChanges::attachmentsChanged,
                     [&announced](const QStringList& ids) { announced.append(ids); });
    const AttachmentStore store(*db);
    auto png = store.add(id, QStringLiteral("../../certificate.png"), test::pngBytes(QSize(40, 20), Qt::darkGreen));
    REQUIRE(png.ok());
    CHECK(png->fileName == QStringLiteral("certificate.png"));
    CHECK(png->mediaType == QStringLiteral("image/png"));
    CHECK(png->isImage());
    auto text = store.add(id, QStringLiteral("notes.txt"), QByteArrayLiteral("Course notes"));
    REQUIRE(text.ok());
    CHECK(text->mediaType == QStringLiteral("text/plain"));
    REQUIRE(announced.size() == 2);
    CHECK(announced.at(0) == QStringList{id});

    auto listed = store.list(id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).fileName == QStringLiteral("certificate.png"));
    CHECK(listed->at(1).size == 12);
    CHECK(*store.data(text->id) == QByteArrayLiteral("Course notes"));

    REQUIRE(store.remove(text->id).ok());
    CHECK(store.list(id)->size() == 1);
    CHECK(announced.size() == 3);
    CHECK_FALSE(store.remove(text->id).ok());

    // Deleting the reflection deletes its attachments.
    REQUIRE(ReflectionStore(*db).remove(id).ok());
    CHECK(store.list(id)->isEmpty());
    CHECK_FALSE(store.data(png->id).ok());
}

TEST_CASE("An attachment over 25 MB, a folder or a missing reflection is refused and nothing is stored",
          "[attachments]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = addReflection(*db);
    const AttachmentStore store(*db);
    auto tooBig = store.add(id, QStringLiteral("video.mp4"), bigBytes(AttachmentStore::maximumSize + 1));
    CHECK_FALSE(tooBig.ok());
    CHECK(tooBig.error().contains(QStringLiteral("25 MB")));
    test::writeFile(temp.file(QStringLiteral("big.bin")), bigBytes(AttachmentStore::maximumSize + 1));
    CHECK_FALSE(store.addFile(id, temp.file(QStringLiteral("big.bin"))).ok());
    CHECK_FALSE(store.addFile(id, temp.folder()).ok());
    CHECK_FALSE(store.addFile(id, temp.file(QStringLiteral("missing.pdf"))).ok());
    auto orphan = store.add(QStringLiteral("no-such-reflection"), QStringLiteral("a.txt"), QByteArrayLiteral("x"));
    CHECK_FALSE(orphan.ok());
    CHECK(orphan.error().contains(QStringLiteral("no-such-reflection")));
    CHECK(store.list(id)->isEmpty());
}

TEST_CASE("Hostile file names are stored as a plain name of their own", "[attachments]")
{
    CHECK(AttachmentStore::safeFileName(QStringLiteral("/etc/passwd")) == QStringLiteral("passwd"));
    CHECK(AttachmentStore::safeFileName(QStringLiteral("..\\..\\boot.ini")) == QStringLiteral("boot.ini"));
    CHECK(AttachmentStore::safeFileName(QStringLiteral("..")) == QStringLiteral("attachment"));
    CHECK(AttachmentStore::safeFileName(QStringLiteral(".hidden")) == QStringLiteral("hidden"));
    CHECK(AttachmentStore::safeFileName(QStringLiteral("a\nb\u202e.txt")) == QStringLiteral("ab.txt"));
    CHECK(AttachmentStore::safeFileName(QString(300, QLatin1Char('x'))).size() == 255);
    CHECK(AttachmentStore::safeFileName(QString()) == QStringLiteral("attachment"));
}

TEST_CASE("A copy to open is readable by its owner only, in a folder of their own", "[attachments]")
{
    TempJournal temp;
    auto db = temp.open();
    const QString id = addReflection(*db);
    auto added = AttachmentStore(*db).add(id, QStringLiteral("tystysgrif.pdf"), QByteArrayLiteral("%PDF-1.4"));
    REQUIRE(added.ok());
    auto path = AttachmentCopies::write(*added, QByteArrayLiteral("%PDF-1.4"));
    REQUIRE(path.ok());
    CHECK(QFileInfo(*path).fileName() == QStringLiteral("tystysgrif.pdf"));
    CHECK(test::fileBytes(*path) == QByteArrayLiteral("%PDF-1.4"));
    CHECK(modeOf(*path) == 0600);
    CHECK(modeOf(QFileInfo(*path).absolutePath()) == 0700);
    CHECK(modeOf(*AttachmentCopies::folder()) == 0700);
    AttachmentCopies::removeAll();
    CHECK_FALSE(QFileInfo::exists(*path));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(*path).absolutePath()));
}

TEST_CASE("Attachments round-trip through a JSON backup, a 25 MB one included", "[attachments][backup]")
{
    TempJournal source;
    auto db = source.open();
    const QString id = addReflection(*db);
    const QByteArray big = bigBytes(AttachmentStore::maximumSize);
    const QByteArray png = test::pngBytes(QSize(40, 20), Qt::darkGreen);
    auto first = AttachmentStore(*db).add(id, QStringLiteral("recording.bin"), big);
    REQUIRE(first.ok());
    REQUIRE(AttachmentStore(*db).add(id, QStringLiteral("photo.png"), png).ok());
    const QString backup = source.file(QStringLiteral("backup.json"));
    REQUIRE(BackupExporter(*db).write(backup).ok());

    TempJournal target;
    auto restored = target.open();
    auto report = BackupImporter(*restored).importFile(backup);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    auto listed = AttachmentStore(*restored).list(id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).size == AttachmentStore::maximumSize);
    CHECK(listed->at(0).sha256 == first->sha256);
    CHECK(*AttachmentStore(*restored).data(listed->at(0).id) == big);
    CHECK(*AttachmentStore(*restored).data(listed->at(1).id) == png);

    // Importing the same backup again adds nothing.
    REQUIRE(BackupImporter(*restored).importFile(backup).ok());
    CHECK(AttachmentStore(*restored).list(id)->size() == 2);
}
