#pragma once

#include "core/io/backuprow.h"
#include "core/io/journaltables.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

namespace myfyrio {

/// The supervision agreements of a backup, checked as the agreement file
/// import checks them (core/supervision/agreementfile.cpp): every version's
/// content can be read, versions follow from one another, and a version is
/// signed by both parties exactly when its fingerprint matches its words and
/// signatures. Changed words in a signed version, forged signatures and a
/// fingerprint on a draft are all caught; so are signatures the backup would
/// add to a version the journal already has.
///
/// An agreement that fails is left out whole (its versions, signatures,
/// sessions and actions), with one sentence; the others are not affected.
class AgreementCheck
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AgreementCheck)

public:
    /// Keeps what is needed of a record of the agreement tables; problem is
    /// the record's own (from BackupRules), empty when it has none.
    void note(const JournalTable& table, const BackupRow& row, const QString& problem);

    /// The agreements to leave out, each with a sentence saying why. journal
    /// may be an invalid connection (a journal not made yet).
    Expected<QHash<QString, QString>> rejected(const QSqlDatabase& journal) const;

private:
    struct Version {
        QString id;
        QString agreementId;
        QString parentId;
        qint64 number = 0;
        QString content;
        QString fingerprint;
        QString problem;
    };
    struct Signed {
        QString versionId;
        QString party;
        QString name;
        QString date;
    };

    Expected<QString> problemOf(const QString& agreementId, const QSqlDatabase& journal) const;

    QSet<QString> m_agreements; ///< the agreements the backup holds a record of
    QVector<Version> m_versions;
    QVector<Signed> m_signatures; ///< only those without a problem of their own
};

} // namespace myfyrio
