// libFuzzer: one Markdown note (front matter, headings, Myfyrio's own sections) through MarkdownNote.
#include "core/io/import/markdownnote.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)myfyrio::MarkdownNote::read(bytes, QStringLiteral("2024-03-01 note.md"), QDate(2024, 3, 1));
    return 0;
}
