#include "tests/support/importfixtures.h"

#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace myfyrio::test {

QString importFixture(const QString& name)
{
    return QStringLiteral(MYFYRIO_SOURCE_DIR "/tests/data/import/") + name;
}

ImportBatch readSource(SourceKind kind, const QString& path)
{
    auto batch = JournalSource::create(kind)->read(path);
    INFO(batch.error().toStdString());
    REQUIRE(batch.ok());
    return std::move(batch).value();
}

const Reflection& entryOn(const ImportBatch& batch, const QDate& date)
{
    for (const ImportedEntry& entry : batch.entries) {
        if (entry.reflection.date == date)
            return entry.reflection;
    }
    FAIL("no entry on " << date.toString(Qt::ISODate).toStdString());
    static Reflection none;
    return none;
}

void writeZip(const QString& path, const QVector<ZipItem>& items)
{
    // Python's zipfile is on every Debian machine that builds Myfyrio (CMake's tests need it too).
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty());
    QStringList args{
        QStringLiteral("-c"),
        QStringLiteral("import sys, zipfile\n"
                       "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
                       "for i in range(2, len(sys.argv), 3):\n"
                       "    info = zipfile.ZipInfo(sys.argv[i])\n"
                       "    info.compress_type = zipfile.ZIP_DEFLATED\n"
                       "    info.create_system = 3\n"
                       "    info.external_attr = (0o120777 if sys.argv[i + 2] == 'link' else 0o100644) << 16\n"
                       "    z.writestr(info, open(sys.argv[i + 1], 'rb').read())\n"
                       "z.close()\n"),
        path};
    const QString parts = QFileInfo(path).absolutePath();
    for (int n = 0; n < items.size(); ++n) {
        const QString part = parts + QStringLiteral("/.zip-part%1").arg(n);
        writeFile(part, items.at(n).bytes);
        args << items.at(n).name << part << (items.at(n).link ? QStringLiteral("link") : QStringLiteral("file"));
    }
    REQUIRE(QProcess::execute(python, args) == 0);
    for (int n = 0; n < items.size(); ++n)
        QFile::remove(parts + QStringLiteral("/.zip-part%1").arg(n));
}

QString skippedText(const ImportBatch& batch)
{
    QStringList lines;
    for (const SkippedItem& item : batch.skipped)
        lines << item.source + QStringLiteral(": ") + item.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace myfyrio::test
