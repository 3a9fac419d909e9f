// libFuzzer: a .myfyrio-agreement file through AgreementFile::parse and, when it
// parses, AgreementExchange into a journal whose changes are rolled back.
#include "core/storage/scopedtransaction.h"
#include "core/supervision/agreementexchange.h"
#include "core/supervision/agreementfile.h"
#include "core/supervision/agreementstore.h"
#include "tests/fuzz/fuzzjournal.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto contents = myfyrio::AgreementFile::parse(bytes);
    if (!contents)
        return 0;
    const myfyrio::Database& journal = myfyrio::fuzz::journal();
    myfyrio::ScopedTransaction undo(journal.connection()); // never committed
    (void)myfyrio::AgreementExchange::importContents(myfyrio::AgreementStore(journal), *contents);
    return 0;
}
