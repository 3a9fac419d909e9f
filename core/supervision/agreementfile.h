#pragma once

#include "core/supervision/agreement.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace myfyrio {

/// The .myfyrio-agreement exchange file: an agreement with all its versions as
/// JSON ({"format":"myfyrio-agreement","formatVersion":1,"agreement":{…},"versions":[…]}).
///
/// parse() checks everything before anything is used: shape, ids, lineage,
/// and that every signed version matches its fingerprint. A file that fails is
/// refused as a whole with a sentence saying why.
class AgreementFile
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AgreementFile)

public:
    static QString suffix() { return QStringLiteral("myfyrio-agreement"); }
    static constexpr int formatVersion = 1;

    struct Contents {
        Agreement agreement; ///< versions oldest first; ownerRole is the exporting journal's owner
    };

    static QByteArray serialize(const Agreement& agreement);
    static Expected<Contents> parse(const QByteArray& bytes);
    /// Writes serialize() through SavedFile: owner-only, never through a symbolic link.
    static Expected<void> write(const Agreement& agreement, const QString& path);
    static Expected<Contents> read(const QString& path);
};

} // namespace myfyrio
