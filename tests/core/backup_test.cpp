#include "core/io/backupexporter.h"
#include "core/io/backupimporter.h"
#include "core/journal/reflectionstore.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <unistd.h>

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

Reflection sample(const QString& title, const QDate& date, const QStringList& tags, bool shared)
{
    Reflection r;
    r.title = title;
    r.date = date;
    r.body = QStringLiteral("Roedd y dŵr yn oer. Effaith y sefyllfa ar y teulu.\n\nA second paragraph.");
    r.tags = tags;
    r.language = QStringLiteral("cy");
    r.bringToSupervision = shared;
    return r;
}

void fill(const Database& db)
{
    const ReflectionStore store(db);
    REQUIRE(store
                .add(sample(QStringLiteral("Ymweliad cartref"), QDate(2024, 3, 1),
                            {QStringLiteral("Dŵr"), QStringLiteral("cartref")}, true))
                .ok());
    auto removed = store.add(sample(QStringLiteral("To delete"), QDate(2024, 3, 2), {}, false));
    REQUIRE(removed.ok());
    REQUIRE(
        store.add(sample(QStringLiteral("Supervision prep"), QDate(2024, 4, 9), {QStringLiteral("supervision")}, false))
            .ok());
    // A gap in the rowids, which an exact restore keeps.
    REQUIRE(store.remove(removed->id).ok());
}

QJsonObject tablesOf(const Database& db)
{
    auto doc = BackupExporter(db).document();
    INFO(doc.error().toStdString());
    REQUIRE(doc.ok());
    return doc->object().value(QStringLiteral("tables")).toObject();
}

QByteArray backupBytes(const Database& db)
{
    auto doc = BackupExporter(db).document();
    REQUIRE(doc.ok());
    return doc->toJson();
}

ImportReport importInto(const Database& db, const QByteArray& bytes)
{
    auto report = BackupImporter(db).importBytes(bytes, QStringLiteral("backup.json"));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("a backup restored into an empty journal exports the same content", "[backup]")
{
    TempJournal source;
    auto original = source.open();
    fill(*original);
    const QString path = source.file(QStringLiteral("backup.json"));
    REQUIRE(BackupExporter(*original).write(path).ok());
    CHECK((QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    const QJsonObject before = tablesOf(*original);
    REQUIRE(before.value(QStringLiteral("reflection")).toArray().size() == 2);
    CHECK(before.contains(QStringLiteral("tag")));
    CHECK(before.contains(QStringLiteral("reflection_tag")));
    CHECK_FALSE(before.contains(QStringLiteral("reflection_fts")));

    TempJournal target;
    auto restored = target.open();
    auto report = BackupImporter(*restored).importFile(path);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->conflicts.isEmpty());
    CHECK(report->added > 0);
    CHECK(tablesOf(*restored) == before);

    // The search index is rebuilt: words and tags are found again.
    const ReflectionStore store(*restored);
    ReflectionFilter words;
    words.text = QStringLiteral("dwr");
    CHECK(store.count(words).value() == 2);
    ReflectionFilter byTag;
    byTag.text = QStringLiteral("cartref");
    CHECK(store.count(byTag).value() == 1);
}

TEST_CASE("merging the same backup twice adds nothing the second time", "[backup]")
{
    TempJournal source;
    auto original = source.open();
    fill(*original);
    const QByteArray bytes = backupBytes(*original);

    // Merging a journal's own backup into itself changes nothing.
    const ImportReport self = importInto(*original, bytes);
    CHECK(self.added == 0);
    CHECK(self.conflicts.isEmpty());

    TempJournal target;
    auto other = target.open();
    // The target has its own reflection and the tag "dŵr" spelt another way.
    REQUIRE(ReflectionStore(*other)
                .add(sample(QStringLiteral("Mine"), QDate(2024, 5, 1), {QStringLiteral("dŵr")}, false))
                .ok());
    const ImportReport first = importInto(*other, bytes);
    CHECK(first.added > 0);
    CHECK(first.conflicts.size() == 1); // the tag "Dŵr" is the journal's "dŵr"
    const QJsonObject afterFirst = tablesOf(*other);
    const ImportReport second = importInto(*other, bytes);
    CHECK(second.added == 0);
    CHECK(tablesOf(*other) == afterFirst);
    CHECK(afterFirst.value(QStringLiteral("reflection")).toArray().size() == 3);
    CHECK(afterFirst.value(QStringLiteral("tag")).toArray().size() == 3);

    // The merged reflection carries its tags, pointed at the journal's own "dŵr".
    auto merged = ReflectionStore(*other).listFull();
    REQUIRE(merged.ok());
    QStringList tags;
    for (const Reflection& r : *merged)
        if (r.title == QStringLiteral("Ymweliad cartref"))
            tags = r.tags;
    tags.sort();
    CHECK(tags == QStringList{QStringLiteral("cartref"), QStringLiteral("dŵr")});
}

TEST_CASE("a record changed since the backup is reported and kept as the journal has it", "[backup]")
{
    TempJournal source;
    auto journal = source.open();
    fill(*journal);
    const QByteArray bytes = backupBytes(*journal);
    const ReflectionStore store(*journal);
    auto all = store.listFull();
    REQUIRE(all.ok());
    Reflection changed = all->constFirst();
    changed.body = QStringLiteral("Rewritten since the backup.");
    changed.tags = {QStringLiteral("newer")};
    REQUIRE(store.update(changed).ok());
    const QJsonObject before = tablesOf(*journal);

    const ImportReport report = importInto(*journal, bytes);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts.constFirst().contains(changed.id));
    CHECK(report.added == 0);
    CHECK(tablesOf(*journal) == before);
}

TEST_CASE("a malformed or foreign backup is refused and changes nothing", "[backup]")
{
    TempJournal source;
    auto journal = source.open();
    fill(*journal);
    const QJsonObject before = tablesOf(*journal);
    QJsonObject valid = QJsonDocument::fromJson(backupBytes(*journal)).object();
    // A record whose id the journal does not have, so that only the fault stops it.
    QJsonObject tables = valid.value(QStringLiteral("tables")).toObject();
    QJsonArray reflections = tables.value(QStringLiteral("reflection")).toArray();
    QJsonObject extra = reflections.at(0).toObject();
    extra.insert(QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    extra.remove(QStringLiteral("seq"));
    reflections.append(extra);
    tables.insert(QStringLiteral("reflection"), reflections);
    valid.insert(QStringLiteral("tables"), tables);

    auto variant = [&valid](const std::function<void(QJsonObject&)>& change) {
        QJsonObject copy = valid;
        change(copy);
        return QJsonDocument(copy).toJson();
    };
    const QVector<QPair<QByteArray, QString>> cases = {
        {QByteArray("{\"format\": \"myfyrio-backup\", \"tables\": {"), QStringLiteral("not valid JSON")},
        {QByteArray("[1, 2, 3]"), QStringLiteral("does not say")},
        {variant([](QJsonObject& o) { o.insert(QStringLiteral("format"), QStringLiteral("other-app")); }),
         QStringLiteral("does not say")},
        {variant([](QJsonObject& o) { o.insert(QStringLiteral("schemaVersion"), 999); }), QStringLiteral("newer")},
        {variant([](QJsonObject& o) {
             QJsonObject t = o.value(QStringLiteral("tables")).toObject();
             t.insert(QStringLiteral("passwords"), QJsonArray());
             o.insert(QStringLiteral("tables"), t);
         }),
         QStringLiteral("passwords")},
        {variant([](QJsonObject& o) {
             QJsonObject t = o.value(QStringLiteral("tables")).toObject();
             QJsonArray rows = t.value(QStringLiteral("reflection")).toArray();
             QJsonObject row = rows.last().toObject();
             row.insert(QStringLiteral("colour"), QStringLiteral("blue"));
             rows.append(row);
             t.insert(QStringLiteral("reflection"), rows);
             o.insert(QStringLiteral("tables"), t);
         }),
         QStringLiteral("colour")},
    };
    for (const auto& [bytes, expected] : cases) {
        auto report = BackupImporter(*journal).importBytes(bytes, QStringLiteral("backup.json"));
        INFO(expected.toStdString());
        REQUIRE_FALSE(report.ok());
        INFO(report.error().toStdString());
        CHECK(report.error().contains(expected));
        CHECK(tablesOf(*journal) == before);
    }
    // The valid variant itself is accepted: the cases above fail for their fault alone.
    CHECK(importInto(*journal, QJsonDocument(valid).toJson()).added == 1);
}

TEST_CASE("a backup into a read-only folder fails clearly and leaves no file", "[backup]")
{
    TempJournal source;
    auto journal = source.open();
    fill(*journal);
    // A folder without write permission; root ignores permissions, so there /proc stands in.
    const bool root = ::geteuid() == 0;
    const QString folder = root ? QStringLiteral("/proc") : source.file(QStringLiteral("locked"));
    if (!root) {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QString path = folder + QStringLiteral("/backup.json");
    auto written = BackupExporter(*journal).write(path);
    if (!root)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QStringLiteral("could not be written")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(folder).entryList({QStringLiteral("backup.json*")}, QDir::Files | QDir::Hidden).isEmpty());
}
