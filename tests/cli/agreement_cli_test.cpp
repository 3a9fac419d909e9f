#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using myfyrio::test::TempJournal;

namespace {

using Run = myfyrio::test::CliRun;

/// Runs `myfyrio --database DATABASE agreement ARGUMENTS…`.
Run run(const QString& database, const QStringList& arguments)
{
    return myfyrio::test::runCli(database, QStringList{QStringLiteral("agreement")} + arguments);
}

QJsonArray listJson(const QString& database)
{
    const Run listed = run(database, {QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(listed.out.toUtf8());
    REQUIRE(doc.isArray());
    return doc.array();
}

QString sign(const QString& database, const QString& id, const QString& as, const QString& name)
{
    const Run signedRun =
        run(database, {QStringLiteral("sign"), id, QStringLiteral("--as"), as, QStringLiteral("--name"), name});
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.code == 0);
    return signedRun.out;
}

} // namespace

TEST_CASE("agreement new sign list export and import between two journals", "[cli][supervision]")
{
    TempJournal first;
    TempJournal second;
    const Run created =
        run(first.path(),
            {QStringLiteral("new"), QStringLiteral("--supervisor"), QStringLiteral("Siân Llewelyn"),
             QStringLiteral("--supervisee"), QStringLiteral("Dafydd ap Gwilym"), QStringLiteral("--review-date"),
             QStringLiteral("2030-06-01"), QStringLiteral("--frequency-weeks"), QStringLiteral("4")});
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    const QString id = created.out.trimmed();
    CHECK(id.size() == 36);

    QJsonArray listed = listJson(first.path());
    REQUIRE(listed.size() == 1);
    QJsonObject row = listed.at(0).toObject();
    CHECK(row.value(QStringLiteral("id")).toString() == id);
    CHECK(row.value(QStringLiteral("supervisor")).toString() == QStringLiteral("Siân Llewelyn"));
    CHECK(row.value(QStringLiteral("supervisee")).toString() == QStringLiteral("Dafydd ap Gwilym"));
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(row.value(QStringLiteral("reviewDate")).toString() == QStringLiteral("2030-06-01"));
    CHECK(row.value(QStringLiteral("versions")).toInt() == 1);
    CHECK(row.value(QStringLiteral("fingerprint")).toString().isEmpty());

    // Export the draft, import it on the second machine, sign there by both, and bring it back.
    const QString draftFile = first.file(QStringLiteral("draft.myfyrio-agreement"));
    REQUIRE(run(first.path(), {QStringLiteral("export"), id, QStringLiteral("--output"), draftFile}).code == 0);
    const Run imported = run(second.path(), {QStringLiteral("import"), draftFile});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("added")));

    // A name that is not the party's is refused.
    const Run wrongName =
        run(second.path(), {QStringLiteral("sign"), id, QStringLiteral("--as"), QStringLiteral("supervisor"),
                            QStringLiteral("--name"), QStringLiteral("Rhywun Arall")});
    CHECK(wrongName.code != 0);
    CHECK_FALSE(wrongName.err.isEmpty());

    CHECK(sign(second.path(), id.left(8), QStringLiteral("supervisor"), QStringLiteral("Siân Llewelyn"))
              .contains(QStringLiteral("1")));
    const QString done = sign(second.path(), id, QStringLiteral("supervisee"), QStringLiteral("Dafydd ap Gwilym"));
    const QString fingerprint =
        listJson(second.path()).at(0).toObject().value(QStringLiteral("fingerprint")).toString();
    CHECK(fingerprint.size() == 19);
    CHECK(done.contains(fingerprint));

    const QString signedFile = second.file(QStringLiteral("signed.myfyrio-agreement"));
    REQUIRE(run(second.path(), {QStringLiteral("export"), id, QStringLiteral("--output"), signedFile}).code == 0);
    // Nothing is overwritten by an export.
    CHECK(run(second.path(), {QStringLiteral("export"), id, QStringLiteral("--output"), signedFile}).code != 0);
    const Run back = run(first.path(), {QStringLiteral("import"), signedFile});
    INFO(back.err.toStdString());
    REQUIRE(back.code == 0);
    CHECK(back.out.contains(QStringLiteral("newer")));
    row = listJson(first.path()).at(0).toObject();
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("signed"));
    CHECK(row.value(QStringLiteral("fingerprint")).toString() == fingerprint);
    CHECK(run(first.path(), {QStringLiteral("import"), signedFile}).out.contains(QStringLiteral("same")));
}

TEST_CASE("agreement commands check their input before touching the journal", "[cli][supervision]")
{
    TempJournal temp;
    CHECK(run(temp.path(), {QStringLiteral("new"), QStringLiteral("--supervisor"), QStringLiteral("Siân")}).code != 0);
    CHECK(run(temp.path(), {QStringLiteral("new"), QStringLiteral("--supervisor"), QStringLiteral("A"),
                            QStringLiteral("--supervisee"), QStringLiteral("B"), QStringLiteral("--review-date"),
                            QStringLiteral("2024-02-30")})
              .code
          != 0);
    CHECK(run(temp.path(), {QStringLiteral("new"), QStringLiteral("--supervisor"), QStringLiteral("A"),
                            QStringLiteral("--supervisee"), QStringLiteral("B"), QStringLiteral("--frequency-weeks"),
                            QStringLiteral("0")})
              .code
          != 0);
    CHECK(run(temp.path(), {QStringLiteral("sign"), QStringLiteral("abcd1234"), QStringLiteral("--as"),
                            QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("A")})
              .code
          != 0);
    CHECK(run(temp.path(), {QStringLiteral("frobnicate")}).code != 0);
    const QString garbage = temp.file(QStringLiteral("garbage.myfyrio-agreement"));
    myfyrio::test::writeFile(garbage, QByteArrayLiteral("not json at all"));
    const Run refused = run(temp.path(), {QStringLiteral("import"), garbage});
    CHECK(refused.code != 0);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(temp.path()));
    CHECK(listJson(temp.path()).isEmpty());
}
