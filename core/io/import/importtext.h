#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace myfyrio {

/// What every importer shares: the limits it reads within, and reading a file
/// of another program's with clear messages that name the file (and the line).
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ImportText)

public:
    /// A month file, a Markdown note or a front matter is read only up to this size.
    static constexpr qint64 maxTextFileBytes = 64 * 1024 * 1024;
    /// A JSON export (Day One, jrnl) is read only up to this size.
    static constexpr qint64 maxJsonFileBytes = 128 * 1024 * 1024;
    /// The longest text one entry may have; longer ones are skipped with a reason.
    static constexpr qsizetype maxEntryCharacters = 10 * 1000 * 1000;

    /// Reads a whole file no larger than limit bytes; the message names the file as shown.
    static Expected<QByteArray> readFile(const QString& path, qint64 limit, const QString& shownName);

    /// The offset of the first byte that is not UTF-8, or -1 when all of it is.
    static qsizetype invalidUtf8At(const QByteArray& bytes);

    /// The line (from 1) that holds the byte at offset.
    static int lineAt(const QByteArray& bytes, qsizetype offset);

    /// Checks that bytes are UTF-8; the message names the file and line.
    static Expected<QString> decodeUtf8(const QByteArray& bytes, const QString& shownName);

    /// "“FILE” is not UTF-8 text: line N …".
    static QString notUtf8(const QString& shownName, int line);

    /// A title from the first line of text that has words in it, without Markdown or txt2tags
    /// heading marks, shortened to a line's length.
    static QString titleFrom(const QString& text);

    /// "The entry is too long …": the reason an entry over maxEntryCharacters is skipped.
    static QString tooLong();

    /// The tag given to entries another program marked with a star ("starred", in the interface language).
    static QString starredTag();

    /// Reads JSON; a syntax error is reported with the file's name and line.
    static Expected<QJsonDocument> parseJson(const QByteArray& bytes, const QString& shownName);

    /// "FILE, entry N": which entry of an export something is, for the summary.
    static QString entryOf(const QString& shownName, int number);

    /// "FILE, line N": where in a file something is, for the summary.
    static QString at(const QString& shownName, int line);

    /// "photos/<md5>.jpeg (FILE, entry N)": a file an entry names, for the summary.
    static QString mediaOf(const QString& path, const QString& entry);

    /// Why a file an entry names is not attached: the export does not hold it.
    static QString mediaMissing();
    /// Why a file in an export (a photo, or a JSON file in a zip) is not read: it is a symbolic link.
    static QString mediaLink();
    /// Why a file an entry names is not attached: it is a folder, a device or a pipe, not a plain file.
    static QString mediaNotFile();

    /// A path for messages, with the platform's separators.
    static QString shown(const QString& path);
};

} // namespace myfyrio
