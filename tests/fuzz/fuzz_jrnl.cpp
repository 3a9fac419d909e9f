// libFuzzer: a jrnl JSON export through JrnlSource.
#include "core/io/import/jrnlsource.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)myfyrio::JrnlSource().readBytes(bytes, QStringLiteral("journal.json"));
    return 0;
}
