// libFuzzer: a Day One Journal.json through DayOneSource.
#include "core/io/import/dayonesource.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    myfyrio::ImportBatch batch;
    (void)myfyrio::DayOneSource().readJson(bytes, QStringLiteral("Journal.json"), batch);
    return 0;
}
