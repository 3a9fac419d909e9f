// libFuzzer: a Myfyrio JSON backup through BackupFile::fromBytes (every check made
// before anything is written) and, when it passes them, BackupImporter into a
// journal whose changes are rolled back after the input (the importer's own
// transaction nests inside).
#include "core/io/backupfile.h"
#include "core/io/backupimporter.h"
#include "core/io/journaltables.h"
#include "core/storage/scopedtransaction.h"
#include "tests/fuzz/fuzzjournal.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const myfyrio::Database& journal = myfyrio::fuzz::journal();
    static const QVector<myfyrio::JournalTable> tables = [&journal] {
        auto read = myfyrio::JournalTables::read(journal.connection());
        if (!read)
            std::abort();
        return *read;
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!myfyrio::BackupFile::fromBytes(bytes, QStringLiteral("backup.json"), tables, journal.schemaVersion()))
        return 0;
    myfyrio::ScopedTransaction undo(journal.connection()); // never committed
    (void)myfyrio::BackupImporter(journal).importBytes(bytes, QStringLiteral("backup.json"));
    return 0;
}
