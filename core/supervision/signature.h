#pragma once

#include <QDate>
#include <QString>

namespace myfyrio {

/// One party's sign-off of an agreement version: the full name they typed,
/// which party they sign as (SectionCatalog::supervisor()/supervisee()), and the day.
struct Signature {
    QString party;
    QString fullName;
    QDate date;

    bool operator==(const Signature& o) const { return party == o.party && fullName == o.fullName && date == o.date; }
};

} // namespace myfyrio
