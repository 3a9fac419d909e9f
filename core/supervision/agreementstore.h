#pragma once

#include "core/supervision/agreement.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace myfyrio {

class Database;
class JournalChanges;

/// Changes that an import makes, written in one transaction.
struct AgreementChanges {
    std::optional<Agreement> newAgreement; ///< header of an agreement this journal does not have yet
    QString agreementId;
    QVector<AgreementVersion> insert;  ///< versions to add (numbers already chosen)
    QVector<AgreementVersion> replace; ///< drafts whose content or signatures change
    QDate endedOn;                     ///< set when the other copy records the agreement's end
};

/// Reads and writes supervision agreements. Signed versions are never changed:
/// saving a change to a signed agreement starts a new draft. Every write is one
/// transaction.
class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AgreementStore)

public:
    explicit AgreementStore(const Database& database);

    /// A new agreement with its first draft. ownerRole: which party keeps this journal.
    Expected<Agreement> create(const AgreementContent& content, const QString& ownerRole) const;

    Expected<std::optional<Agreement>> find(const QString& id) const;
    /// The full id of the one agreement whose id starts with prefix (at least 4 characters).
    Expected<QString> resolveId(const QString& prefix) const;

    /// Every agreement with all its versions, oldest first.
    Expected<QVector<Agreement>> list() const;

    /// Saves content as the agreement's draft: the open draft is changed (a
    /// signature already on it is withdrawn if the content changes), or, when
    /// the newest version is signed, a new draft is started from it.
    Expected<AgreementVersion> saveDraft(const QString& agreementId, const AgreementContent& content) const;

    /// Signs the open draft as one party. The typed name must be that party's
    /// name in the draft. When both have signed, the version is frozen and gets
    /// its fingerprint.
    Expected<AgreementVersion> sign(const QString& agreementId, const Signature& signature) const;

    Expected<void> end(const QString& agreementId, const QDate& date) const;
    Expected<void> remove(const QString& agreementId) const;

    /// Writes what an import decided, all or nothing.
    Expected<void> apply(const AgreementChanges& changes) const;
    /// Records that every version's content has now been shared with the other machine.
    Expected<void> markSynced(const QString& agreementId) const;

private:
    Expected<Agreement> load(const QString& id) const;
    Expected<void> insertVersion(const AgreementVersion& version) const;
    Expected<void> writeSignatures(const AgreementVersion& version) const;
    Expected<void> touch(const QString& agreementId) const;

    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr; ///< null for a part saved inside another store's transaction
};

} // namespace myfyrio
