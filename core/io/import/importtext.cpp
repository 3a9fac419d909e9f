#include "core/io/import/importtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace myfyrio {

Expected<QByteArray> ImportText::readFile(const QString& path, qint64 limit, const QString& shownName)
{
    const QFileInfo info(path);
    if (!info.exists())
        //: %1 is a file name.
        return Failure{tr("There is no file “%1”.").arg(shownName)};
    if (!info.isFile())
        //: %1 is a file name.
        return Failure{tr("“%1” is not a file.").arg(shownName)};
    if (info.size() > limit)
        //: %1 is a file name, %2 its size in megabytes, %3 the largest size read, in megabytes.
        return Failure{tr("“%1” is %2 MB, larger than the %3 MB Myfyrio reads from one file.")
                           .arg(shownName, QLocale().toString(info.size() / (1024 * 1024)),
                                QLocale().toString(limit / (1024 * 1024)))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file name, %2 the system's reason.
        return Failure{tr("“%1” could not be read: %2").arg(shownName, file.errorString())};
    // Read no more than the limit even if the file grew since it was measured.
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        //: %1 is a file name, %2 the largest size read, in megabytes.
        return Failure{tr("“%1” is larger than the %2 MB Myfyrio reads from one file.")
                           .arg(shownName, QLocale().toString(limit / (1024 * 1024)))};
    if (file.error() != QFileDevice::NoError)
        return Failure{tr("“%1” could not be read: %2").arg(shownName, file.errorString())};
    return bytes;
}

qsizetype ImportText::invalidUtf8At(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i; // cut off at the end
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int ImportText::lineAt(const QByteArray& bytes, qsizetype offset)
{
    const qsizetype end = qBound<qsizetype>(0, offset, bytes.size());
    return static_cast<int>(QByteArrayView(bytes.constData(), end).count('\n')) + 1;
}

Expected<QString> ImportText::decodeUtf8(const QByteArray& bytes, const QString& shownName)
{
    if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0)
        return Failure{notUtf8(shownName, lineAt(bytes, bad))};
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString ImportText::notUtf8(const QString& shownName, int line)
{
    //: %1 is a file name, %2 a line number.
    return tr("“%1” is not UTF-8 text: line %2 has bytes that are not letters in UTF-8.").arg(shownName).arg(line);
}

QString ImportText::titleFrom(const QString& text)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        QString title = line.trimmed().toString();
        // Markdown "# Title", txt2tags "= Title =" and "**Title**".
        while (title.startsWith(QLatin1Char('#')) || title.startsWith(QLatin1Char('=')))
            title.remove(0, 1);
        while (title.endsWith(QLatin1Char('=')))
            title.chop(1);
        title = title.trimmed();
        if (title.startsWith(QStringLiteral("**")) && title.endsWith(QStringLiteral("**")) && title.size() > 4)
            title = title.mid(2, title.size() - 4).trimmed();
        if (title.isEmpty())
            continue;
        if (title.size() > 100) {
            title.truncate(100);
            const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
            if (space > 60)
                title.truncate(space);
            title = title.trimmed() + QChar(0x2026);
        }
        return title;
    }
    return {};
}

QString ImportText::tooLong()
{
    //: %1 is the largest number of characters one entry may have.
    return tr("The entry is longer than %1 characters, more than Myfyrio keeps in one reflection.")
        .arg(QLocale().toString(static_cast<qlonglong>(maxEntryCharacters)));
}

QString ImportText::starredTag()
{
    //: The tag given to imported entries that Day One or jrnl marked with a star.
    return tr("starred");
}

Expected<QJsonDocument> ImportText::parseJson(const QByteArray& bytes, const QString& shownName)
{
    if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0)
        return Failure{notUtf8(shownName, lineAt(bytes, bad))};
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::DeepNesting)
        //: %1 is a file name, %2 a line number.
        return Failure{
            tr("“%1” is nested too deeply to read, at line %2.").arg(shownName).arg(lineAt(bytes, error.offset))};
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = error.offset >= bytes.size() - 1;
        if (truncated)
            //: %1 is a file name.
            return Failure{
                tr("“%1” ends before its JSON is complete: the file may have been cut short.").arg(shownName)};
        //: %1 is a file name, %2 a line number.
        return Failure{
            tr("“%1” is not valid JSON: the problem is at line %2.").arg(shownName).arg(lineAt(bytes, error.offset))};
    }
    return document;
}

QString ImportText::entryOf(const QString& shownName, int number)
{
    //: Which entry of an exported file something is: %1 is the file's name, %2 the entry's number from 1.
    return tr("%1, entry %2").arg(shownName).arg(number);
}

QString ImportText::at(const QString& shownName, int line)
{
    //: Where something is in a file: %1 is the file's name, %2 a line number.
    return tr("%1, line %2").arg(shownName).arg(line);
}

QString ImportText::mediaOf(const QString& path, const QString& entry)
{
    //: A photo or other file of an imported entry: %1 is its path in the export, %2 says which entry.
    return tr("%1 (%2)").arg(path, entry);
}

QString ImportText::mediaMissing()
{
    return tr("The export does not hold this file.");
}

QString ImportText::mediaLink()
{
    return tr("It is a symbolic link, which Myfyrio does not follow.");
}

QString ImportText::mediaNotFile()
{
    return tr("It is not a plain file, so Myfyrio did not read it.");
}

QString ImportText::shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace myfyrio
