#include "tests/support/tempjournal.h"

#include "tests/support/catch.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

namespace myfyrio::test {

QByteArray pngBytes(const QSize& size, const QColor& colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

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
