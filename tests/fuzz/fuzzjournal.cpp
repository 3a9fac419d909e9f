#include "tests/fuzz/fuzzjournal.h"

#include <QTemporaryDir>

#include <cstdlib>

namespace myfyrio::fuzz {

const Database& journal()
{
    static QTemporaryDir folder;
    static std::unique_ptr<Database> database = [] {
        auto opened = Database::open(folder.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            std::abort();
        return std::move(opened).value();
    }();
    return *database;
}

} // namespace myfyrio::fuzz
