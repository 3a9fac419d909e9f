#pragma once

#include <QDateTime>
#include <QString>

namespace myfyrio {

/// What the journal remembers of a learning card it wrote: which reflection it
/// came from, the folder it went to and when, and whether it was withdrawn.
struct SharedCard {
    QString id; ///< the card's id, as in its file
    QString reflectionId;
    QString folder; ///< the folder it was written to, as chosen
    QString title;  ///< the card's title, to list it
    QDateTime sharedAt;
    QDateTime withdrawnAt; ///< invalid while the card stands

    bool isWithdrawn() const { return withdrawnAt.isValid(); }
};

} // namespace myfyrio
