// libFuzzer: a Myfyrio JSON backup through BackupImporter, into a journal whose
// changes are rolled back after every input (the importer's own transaction nests).
#include "core/io/backupimporter.h"
#include "core/storage/scopedtransaction.h"
#include "tests/fuzz/fuzzjournal.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const myfyrio::Database& journal = myfyrio::fuzz::journal();
    myfyrio::ScopedTransaction undo(journal.connection()); // never committed
    (void)myfyrio::BackupImporter(journal).importBytes(bytes, QStringLiteral("backup.json"));
    return 0;
}
