// libFuzzer: one RedNotebook month file (YAML) through RedNotebookSource.
#include "core/io/import/rednotebooksource.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    myfyrio::ImportBatch batch;
    (void)myfyrio::RedNotebookSource().readMonth(bytes, 2020, 5, QStringLiteral("2020-05.txt"), batch);
    return 0;
}
