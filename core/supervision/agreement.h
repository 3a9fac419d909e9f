#pragma once

#include "core/supervision/agreementversion.h"

#include <QCoreApplication>
#include <QVector>

namespace myfyrio {

/// A supervision agreement between a supervisor and a supervisee, with all its
/// versions (oldest first). The journal's owner is one of the two parties.
struct Agreement {
    Q_DECLARE_TR_FUNCTIONS(myfyrio::Agreement)

public:
    enum class Status { Draft, Signed, Ended };

    QString id;
    QString ownerRole = QStringLiteral("supervisee"); ///< which party keeps this journal
    QDate endedOn;
    QDateTime created;
    QDateTime updated;
    QVector<AgreementVersion> versions; ///< by number, oldest first

    /// The newest version (the one being edited when it is a draft).
    const AgreementVersion* head() const { return versions.isEmpty() ? nullptr : &versions.constLast(); }
    /// The newest signed version, the one in force.
    const AgreementVersion* latestSigned() const
    {
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            if (it->isSigned())
                return &*it;
        }
        return nullptr;
    }
    /// What the agreement currently says: the version in force, or the draft.
    const AgreementVersion* current() const { return latestSigned() ? latestSigned() : head(); }
    const AgreementVersion* version(const QString& versionId) const
    {
        for (const AgreementVersion& v : versions) {
            if (v.id == versionId)
                return &v;
        }
        return nullptr;
    }
    bool hasOpenDraft() const { return head() && head()->isDraft(); }

    Status status() const
    {
        if (endedOn.isValid())
            return Status::Ended;
        return latestSigned() ? Status::Signed : Status::Draft;
    }
    static QString statusCode(Status status)
    {
        switch (status) {
        case Status::Signed:
            return QStringLiteral("signed");
        case Status::Ended:
            return QStringLiteral("ended");
        case Status::Draft:
            break;
        }
        return QStringLiteral("draft");
    }
    static QString statusLabel(Status status)
    {
        switch (status) {
        case Status::Signed:
            return tr("Signed");
        case Status::Ended:
            return tr("Ended");
        case Status::Draft:
            break;
        }
        return tr("Draft");
    }
};

} // namespace myfyrio
