#include "core/io/import/importwriter.h"
#include "core/io/import/markdownnote.h"
#include "core/io/import/markdownsource.h"
#include "core/io/markdownexporter.h"
#include "core/journal/reflectionstore.h"
#include "tests/support/catch.h"
#include "tests/support/importfixtures.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace myfyrio;
using namespace myfyrio::test;

namespace {

Reflection readNote(const QByteArray& text, const QString& name = QStringLiteral("note.md"))
{
    auto note = MarkdownNote::read(text, name, QDate(2001, 2, 3));
    INFO(note.error().toStdString());
    REQUIRE(note.ok());
    return note->reflection;
}

Reflection guided()
{
    Reflection r;
    r.title = QStringLiteral("Ymweliad cartref: “y dŵr”");
    r.date = QDate(2024, 3, 1);
    r.body = QStringLiteral("Roedd y tŷ yn oer.\n\n## A heading of my own\n\nMore text.");
    r.tags = {QStringLiteral("Diogelu"), QStringLiteral("home visit")};
    r.language = QStringLiteral("cy");
    r.bringToSupervision = true;
    r.model = QStringLiteral("gibbs");
    r.answers = {{QStringLiteral("description"), QStringLiteral("Beth ddigwyddodd.")},
                 {QStringLiteral("feelings"), QStringLiteral("Pryder.\n\nAc yna rhyddhad.")}};
    r.scale = QStringLiteral("organisation");
    Action call;
    call.text = QStringLiteral("Ffonio'r tîm");
    call.due = QDate(2024, 3, 8);
    Action done;
    done.text = QStringLiteral("Write it up");
    done.done = true;
    r.actions = {call, done};
    FailurePlacement failure;
    failure.reason = FailureReason::ProcessInadequacy;
    failure.setting = FailureSetting::Variable;
    failure.blameFelt = 3;
    failure.systemFactors = QStringLiteral("Rota: \"too thin\"");
    r.failure = failure;
    return r;
}

} // namespace

TEST_CASE("an Obsidian-style folder imports its notes, leaving hidden folders and other files", "[import]")
{
    const ImportBatch batch = readSource(SourceKind::Markdown, importFixture(QStringLiteral("obsidian")));
    INFO(skippedText(batch).toStdString());
    CHECK(batch.skipped.isEmpty());
    REQUIRE(batch.entries.size() == 3);

    const Reflection& daily = entryOn(batch, QDate(2024, 3, 1));
    CHECK(daily.title == QStringLiteral("First day in the new team"));
    CHECK(daily.body.startsWith(QStringLiteral("Met the manager")));
    CHECK(daily.language == QStringLiteral("en"));

    const Reflection& meeting = entryOn(batch, QDate(2024, 3, 6));
    CHECK(meeting.title == QStringLiteral("Team meeting about referrals"));
    CHECK(meeting.tags == QStringList{QStringLiteral("referrals"), QStringLiteral("team")});

    const Reflection& welsh = entryOn(batch, QDate(2024, 3, 12));
    CHECK(welsh.title == QStringLiteral("Paratoi am oruchwyliaeth"));
    CHECK(welsh.language == QStringLiteral("cy"));
    CHECK(welsh.tags == QStringList{QStringLiteral("goruchwyliaeth")});
}

TEST_CASE("front matter in its usual forms gives title, date, tags and language", "[import]")
{
    const Reflection listed = readNote("---\ntitle: \"Duty day\"\ndate: 2024-05-02T09:30\ntags: \"#work, on call\"\n"
                                       "lang: en-GB\n---\n# Another heading\n\nText.\n");
    CHECK(listed.title == QStringLiteral("Duty day"));
    CHECK(listed.date == QDate(2024, 5, 2));
    CHECK(listed.tags == QStringList{QStringLiteral("work"), QStringLiteral("on call")});
    CHECK(listed.language == QStringLiteral("en"));
    CHECK(listed.body.startsWith(QStringLiteral("# Another heading")));

    const Reflection spaced = readNote("---\ntags: '#a #b'\n---\nJust text.\n", QStringLiteral("2020-01-31 Notes.md"));
    CHECK(spaced.tags == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(spaced.date == QDate(2020, 1, 31));
    CHECK(spaced.title == QStringLiteral("Notes"));

    const Reflection undated = readNote("Nothing but text.\n", QStringLiteral("ideas.md"));
    CHECK(undated.date == QDate(2001, 2, 3));
    CHECK(undated.title == QStringLiteral("ideas"));
}

TEST_CASE("broken front matter is refused naming the file and line", "[import]")
{
    auto unclosed = MarkdownNote::read("---\ntitle: x\n\nbody\n", QStringLiteral("a/b.md"), QDate(2020, 1, 1));
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().contains(QStringLiteral("never ends it")));
    auto bad = MarkdownNote::read("---\ntitle: x\ntags: [a, b\n---\nbody\n", QStringLiteral("b.md"), QDate(2020, 1, 1));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("“b.md” is not valid YAML: the problem is at line 4")));
    auto latin1 = MarkdownNote::read("line one\ncaf\xe9\n", QStringLiteral("c.md"), QDate(2020, 1, 1));
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().contains(QStringLiteral("line 2")));
}

TEST_CASE("Myfyrio's own Markdown export imports back to the same reflections", "[import]")
{
    TempJournal from;
    auto source = from.open();
    auto stored = ReflectionStore(*source).add(guided());
    REQUIRE(stored.ok());
    Reflection plain;
    plain.title = QStringLiteral("A plain one");
    plain.date = QDate(2023, 12, 31);
    plain.body = QStringLiteral("Text only.");
    auto second = ReflectionStore(*source).add(plain);
    REQUIRE(second.ok());
    const QString folder = from.file(QStringLiteral("md"));
    auto written = MarkdownExporter(*source).write(folder);
    REQUIRE(written.ok());

    TempJournal to;
    auto target = to.open();
    const ImportBatch batch = readSource(SourceKind::Markdown, folder);
    auto imported = ImportWriter(*target).write(batch);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->added == 2);

    for (const Reflection& original : {*stored, *second}) {
        auto found = ReflectionStore(*target).find(original.id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        const Reflection& back = **found;
        CHECK(back.title == original.title);
        CHECK(back.date == original.date);
        CHECK(back.body == original.body);
        CHECK(back.tags == original.tags);
        CHECK(back.language == original.language);
        CHECK(back.bringToSupervision == original.bringToSupervision);
        CHECK(back.model == original.model);
        CHECK(back.answers == original.answers);
        CHECK(back.scale == original.scale);
        CHECK(back.failure == original.failure);
        CHECK(back.created == original.created);
        REQUIRE(back.actions.size() == original.actions.size());
        for (int i = 0; i < back.actions.size(); ++i) {
            CHECK(back.actions.at(i).text == original.actions.at(i).text);
            CHECK(back.actions.at(i).due == original.actions.at(i).due);
            CHECK(back.actions.at(i).done == original.actions.at(i).done);
        }
    }
    // And into the journal it came from, it adds nothing.
    auto again = ImportWriter(*source).write(readSource(SourceKind::Markdown, folder));
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->existing == 2);
}

TEST_CASE("symbolic links in a Markdown folder: loops and links outside are reported, not followed", "[import]")
{
    TempJournal temp;
    const QString root = temp.file(QStringLiteral("vault"));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/daily")));
    writeFile(root + QStringLiteral("/daily/2024-01-02.md"), "# A day\n\nText.\n");
    writeFile(temp.file(QStringLiteral("outside.md")), "# Outside\n");
    REQUIRE(::symlink("..", QFile::encodeName(root + QStringLiteral("/daily/loop")).constData()) == 0);
    REQUIRE(::symlink("2024-01-02.md", QFile::encodeName(root + QStringLiteral("/daily/again.md")).constData()) == 0);
    REQUIRE(::symlink(QFile::encodeName(temp.file(QStringLiteral("outside.md"))).constData(),
                      QFile::encodeName(root + QStringLiteral("/outside.md")).constData())
            == 0);
    const ImportBatch batch = readSource(SourceKind::Markdown, root);
    REQUIRE(batch.entries.size() == 1);
    const QString skipped = skippedText(batch);
    INFO(skipped.toStdString());
    CHECK(skipped.contains(QStringLiteral("daily/loop: It leads back to a folder already read")));
    CHECK(skipped.contains(QStringLiteral("outside.md: It is a symbolic link to a place outside the folder")));
}

TEST_CASE("a Markdown note too long for one reflection is skipped, the others import", "[import]")
{
    TempJournal temp;
    const QString root = temp.file(QStringLiteral("vault"));
    REQUIRE(QDir().mkpath(root));
    writeFile(root + QStringLiteral("/2024-01-01 big.md"), "# Big\n\n" + QByteArray(50 * 1024 * 1024, 'w'));
    writeFile(root + QStringLiteral("/2024-01-02 small.md"), "# Small\n\nText.\n");
    const ImportBatch batch = readSource(SourceKind::Markdown, root);
    REQUIRE(batch.entries.size() == 1);
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped.first().source == QStringLiteral("2024-01-01 big.md"));
    CHECK(batch.skipped.first().reason.contains(QStringLiteral("longer than")));
}
