#pragma once

#include "core/supervision/agreementcontent.h"
#include "core/supervision/signature.h"

#include <QDateTime>
#include <QVector>

namespace myfyrio {

/// One version of an agreement. A draft until both parties have signed it; a
/// signed version is frozen and carries the fingerprint of its canonical
/// content. parentId links versions into a lineage so that two machines can
/// tell same / newer / older / diverged apart by ancestry.
struct AgreementVersion {
    QString id; ///< UUID
    QString agreementId;
    QString parentId; ///< empty for the first version
    int number = 0;   ///< 1, 2, … on this machine
    AgreementContent content;
    QVector<Signature> signatures;            ///< at most one a party
    QString fingerprint;                      ///< set once both parties have signed
    QString origin = QStringLiteral("local"); ///< local, imported or diverged (kept from another copy)
    QString syncedHash;                       ///< content fingerprint when it last crossed to or from another machine
    QDateTime created;
    QDateTime updated;

    bool isSigned() const
    {
        return signatureOf(QStringLiteral("supervisor")) && signatureOf(QStringLiteral("supervisee"));
    }
    bool isDraft() const { return !isSigned(); }
    const Signature* signatureOf(const QString& party) const
    {
        for (const Signature& s : signatures) {
            if (s.party == party)
                return &s;
        }
        return nullptr;
    }
};

} // namespace myfyrio
