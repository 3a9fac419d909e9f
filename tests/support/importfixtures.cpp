#include "tests/support/importfixtures.h"

#include "tests/support/catch.h"

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

QString skippedText(const ImportBatch& batch)
{
    QStringList lines;
    for (const SkippedItem& item : batch.skipped)
        lines << item.source + QStringLiteral(": ") + item.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace myfyrio::test
