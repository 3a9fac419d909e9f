// export json/markdown/pdf on the command line never write through a symbolic link.

#include "tests/cli/clirun.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using myfyrio::test::runCli;
using myfyrio::test::TempJournal;

TEST_CASE("export refuses a symbolic link at the target, even with --overwrite", "[cli][export]")
{
    TempJournal temp;
    REQUIRE(runCli(temp.path(), {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Ymweliad"),
                                 QStringLiteral("--bring-to-supervision"), QStringLiteral("--body"),
                                 QStringLiteral("Effaith fawr ar y teulu.")})
                .code
            == 0);
    const QString other = temp.file(QStringLiteral("other.txt"));
    myfyrio::test::writeFile(other, QByteArray("not yours"));
    const QString linked = temp.file(QStringLiteral("linked"));
    REQUIRE(QFile::link(other, linked));
    const QString dangling = temp.file(QStringLiteral("dangling"));
    const QString nowhere = temp.file(QStringLiteral("nowhere"));
    REQUIRE(QFile::link(nowhere, dangling));

    for (const QString& kind : {QStringLiteral("json"), QStringLiteral("pdf")}) {
        for (const QString& target : {linked, dangling}) {
            INFO(kind.toStdString() << " " << target.toStdString());
            const auto result = runCli(temp.path(), {QStringLiteral("export"), kind, QStringLiteral("-o"), target,
                                                     QStringLiteral("--overwrite")});
            CHECK(result.code == 1);
            CHECK(result.err.contains(QStringLiteral("symbolic link")));
            CHECK(QFileInfo(target).isSymLink());
        }
    }
    CHECK(myfyrio::test::fileBytes(other) == QByteArray("not yours"));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    const auto markdown =
        runCli(temp.path(), {QStringLiteral("export"), QStringLiteral("markdown"), QStringLiteral("-o"), dangling});
    CHECK(markdown.code == 1);
    CHECK_FALSE(QFileInfo::exists(nowhere));
}
