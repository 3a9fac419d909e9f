// libFuzzer: a Day One .zip through ZipArchive (libzip) and DayOneSource.
#include "core/io/import/dayonesource.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)myfyrio::DayOneSource().readZipBytes(bytes, QStringLiteral("export.zip"));
    return 0;
}
