#pragma once

#include <QString>

namespace myfyrio {

/// What makes a reflection count as continuing professional development:
/// the kind of activity, its length in quarter hours, whether it was
/// participatory (with other people, as the NMC counts it), whether it was
/// written or discussed with a peer (Social Work England asks for one such
/// record a year), and the standard it relates to (a code of CpdCatalog).
struct CpdRecord {
    QString type = QStringLiteral("course"); ///< a code of CpdCatalog::typeCodes()
    int quarterHours = 0;                    ///< 6 = one and a half hours
    bool participatory = false;
    bool peer = false;
    QString standard; ///< a code of CpdCatalog::standardCodes(), or empty

    double hours() const { return quarterHours / 4.0; }

    bool operator==(const CpdRecord& other) const
    {
        return type == other.type && quarterHours == other.quarterHours && participatory == other.participatory
               && peer == other.peer && standard == other.standard;
    }
    bool operator!=(const CpdRecord& other) const { return !(*this == other); }
};

} // namespace myfyrio
