#pragma once

#include <QString>

namespace myfyrio {

/// Stable ids for imported entries: a UUID v5 of Myfyrio's import namespace,
/// the kind of source and the entry's identity there (its uuid, or its file and
/// day). The same entry imported again gets the same id, so a second import
/// adds nothing.
class ImportIds
{
public:
    /// kind: "rednotebook", "dayone", "jrnl", "markdown"; identity: what names the entry in that source.
    static QString stable(const QString& kind, const QString& identity);

    /// True for a UUID in Myfyrio's form (lowercase, without braces) or with braces or upper case.
    static bool isUuid(const QString& text);

    /// The UUID in Myfyrio's form: lowercase, without braces.
    static QString normalisedUuid(const QString& text);
};

} // namespace myfyrio
