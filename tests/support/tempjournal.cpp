#include "tests/support/tempjournal.h"

#include "tests/support/catch.h"

#include <QFile>

namespace myfyrio::test {

TempJournal::TempJournal() : m_path(m_dir.filePath(QStringLiteral("journal.sqlite")))
{
    REQUIRE(m_dir.isValid());
}

std::unique_ptr<Database> TempJournal::open() const
{
    auto opened = Database::open(m_path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace myfyrio::test
