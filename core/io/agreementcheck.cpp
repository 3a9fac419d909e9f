#include "core/io/agreementcheck.h"

#include "core/storage/sql.h"
#include "core/supervision/agreementcontent.h"
#include "core/supervision/fingerprint.h"
#include "core/supervision/sectioncatalog.h"
#include "core/util/timestamps.h"

#include <QJsonDocument>

namespace myfyrio {

namespace {

const QString agreementTable = QStringLiteral("supervision_agreement");
const QString versionTable = QStringLiteral("supervision_agreement_version");
const QString signatureTable = QStringLiteral("supervision_signature");

QString text(const JournalTable& table, const BackupRow& row, const char* column)
{
    return row.text(table.columnIndex(QString::fromLatin1(column)));
}

Expected<AgreementContent> contentOf(const QString& stored)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Failure{AgreementCheck::tr("Its words are not stored as an agreement’s are.")};
    return AgreementContent::fromJson(doc.object());
}

/// A version as the journal would hold it after the import.
struct Effective {
    QString id;
    QString parentId;
    qint64 number = 0;
    QString content;
    QString fingerprint;
    QVector<Signature> signatures;
    bool fromBackup = false;
    bool gainsSignatures = false;
};

bool addSignature(Effective& version, const Signature& signature)
{
    for (const Signature& s : std::as_const(version.signatures)) {
        if (s.party == signature.party)
            return false;
    }
    version.signatures.append(signature);
    return true;
}

bool isSigned(const Effective& version)
{
    int parties = 0;
    for (const Signature& s : version.signatures)
        parties += SectionCatalog::isParty(s.party) ? 1 : 0;
    return parties == 2;
}

Expected<QVector<Effective>> journalVersions(const QString& agreementId, const QSqlDatabase& journal)
{
    QVector<Effective> versions;
    if (!journal.isValid())
        return versions;
    auto rows = sql::run(journal,
                         QStringLiteral("SELECT id, parent_id, number, content, fingerprint FROM "
                                        "supervision_agreement_version WHERE agreement_id = :id"),
                         {{QStringLiteral("id"), agreementId}});
    if (!rows)
        return rows.failure();
    while (rows->next()) {
        versions.append(Effective{rows->value(0).toString(),
                                  rows->value(1).toString(),
                                  rows->value(2).toLongLong(),
                                  rows->value(3).toString(),
                                  rows->value(4).toString(),
                                  {},
                                  false,
                                  false});
    }
    for (Effective& version : versions) {
        auto signatures = sql::run(
            journal,
            QStringLiteral("SELECT party, full_name, signed_on FROM supervision_signature WHERE version_id = :id"),
            {{QStringLiteral("id"), version.id}});
        if (!signatures)
            return signatures.failure();
        while (signatures->next())
            version.signatures.append(Signature{signatures->value(0).toString(), signatures->value(1).toString(),
                                                timestamps::dateFromStorage(signatures->value(2).toString())});
    }
    return versions;
}

QString leftOut(const QString& agreementId, const QString& reason)
{
    //: %1 is the agreement's id; a sentence saying why follows.
    return AgreementCheck::tr("The agreement %1 was not imported, nor anything that belongs to it.").arg(agreementId)
           + QLatin1Char(' ') + reason;
}

} // namespace

void AgreementCheck::note(const JournalTable& table, const BackupRow& row, const QString& problem)
{
    if (table.name == agreementTable) {
        m_agreements.insert(text(table, row, "id"));
    } else if (table.name == versionTable) {
        m_versions.append(Version{text(table, row, "id"), text(table, row, "agreement_id"),
                                  text(table, row, "parent_id"),
                                  row.value(table.columnIndex(QStringLiteral("number"))).toLongLong(),
                                  text(table, row, "content"), text(table, row, "fingerprint"), problem});
    } else if (table.name == signatureTable && problem.isEmpty()) {
        m_signatures.append(Signed{text(table, row, "version_id"), text(table, row, "party"),
                                   text(table, row, "full_name"), text(table, row, "signed_on")});
    }
}

Expected<QHash<QString, QString>> AgreementCheck::rejected(const QSqlDatabase& journal) const
{
    QSet<QString> agreements = m_agreements;
    QHash<QString, QString> ownerOf;
    QHash<QString, QString> result;
    for (const Version& version : m_versions) {
        agreements.insert(version.agreementId);
        // One version id in two agreements: neither can be trusted.
        if (auto other = ownerOf.constFind(version.id); other != ownerOf.cend() && *other != version.agreementId) {
            for (const QString& id : {*other, version.agreementId})
                //: %1 is a version's id.
                result.insert(id, leftOut(id, tr("It shares the version %1 with another agreement.").arg(version.id)));
        }
        ownerOf.insert(version.id, version.agreementId);
    }
    for (const QString& id : std::as_const(agreements)) {
        if (result.contains(id))
            continue;
        auto problem = problemOf(id, journal);
        if (!problem)
            return problem.failure();
        if (!problem->isEmpty())
            result.insert(id, leftOut(id, *problem));
    }
    return result;
}

Expected<QString> AgreementCheck::problemOf(const QString& agreementId, const QSqlDatabase& journal) const
{
    auto existing = journalVersions(agreementId, journal);
    if (!existing)
        return existing.failure();
    QVector<Effective> versions = *existing;
    const bool known = !versions.isEmpty();
    QSet<QString> ids;
    QSet<qint64> numbers;
    for (const Effective& v : std::as_const(versions)) {
        ids.insert(v.id);
        numbers.insert(v.number);
    }
    QSet<QString> backupIds;
    QSet<qint64> backupNumbers;
    for (const Version& v : m_versions) {
        if (v.agreementId != agreementId)
            continue;
        if (!v.problem.isEmpty())
            //: %1 is the version's number; %2 a sentence saying what is wrong.
            return tr("Version %1 cannot be imported: %2").arg(v.number).arg(v.problem);
        if (backupIds.contains(v.id) || backupNumbers.contains(v.number))
            //: %1 is the version's number.
            return tr("It has more than one version numbered %1.").arg(v.number);
        backupIds.insert(v.id);
        backupNumbers.insert(v.number);
        // A version the journal has (by id or by number) stays as the journal has it.
        if (ids.contains(v.id) || numbers.contains(v.number))
            continue;
        versions.append(Effective{v.id, v.parentId, v.number, v.content, v.fingerprint, {}, true, false});
    }
    if (versions.isEmpty())
        return m_agreements.contains(agreementId) ? tr("It has no versions.") : QString();

    for (const Signed& s : m_signatures) {
        for (Effective& v : versions) {
            if (v.id != s.versionId)
                continue;
            const Signature signature{s.party, s.name, timestamps::parseIsoDate(s.date)};
            if (addSignature(v, signature))
                v.gainsSignatures = !v.fromBackup;
            else if (v.fromBackup)
                //: %1 is the version's number.
                return tr("Version %1 has more than one signature of one party.").arg(v.number);
            // else the journal's own signature of that party stays (the import reports the difference)
        }
    }

    QSet<QString> all;
    for (const Effective& v : std::as_const(versions))
        all.insert(v.id);
    int roots = 0;
    for (const Effective& v : std::as_const(versions)) {
        if (!v.fromBackup && !v.gainsSignatures)
            continue;
        if (v.fromBackup) {
            if (v.parentId.isEmpty())
                ++roots;
            else if (!all.contains(v.parentId) || v.parentId == v.id)
                //: %1 is the version's number.
                return tr("Version %1 does not follow from another version of the agreement.").arg(v.number);
        }
        auto content = contentOf(v.content);
        if (!content)
            //: %1 is the version's number; %2 says what is wrong.
            return tr("Version %1 cannot be read: %2").arg(v.number).arg(content.error());
        if (isSigned(v)) {
            if (v.fingerprint.isEmpty())
                //: %1 is the version's number.
                return tr("Version %1 carries the signatures of both parties but no fingerprint, so the "
                          "signatures were not made in Myfyrio.")
                    .arg(v.number);
            //: %1 is a version number of the agreement.
            const QString forged = tr("The signatures the backup adds to version %1 do not match its fingerprint.");
            if (v.fingerprint != Fingerprint::of(*content, v.signatures))
                return v.gainsSignatures
                           ? forged.arg(v.number)
                           //: %1 is the version's number, %2 its fingerprint (such as 7F3A-91C2-04BD-E5A8).
                           : tr("Version %1 was signed, but its content no longer matches its fingerprint %2: it "
                                "has been changed since it was signed.")
                                 .arg(v.number)
                                 .arg(v.fingerprint);
        } else if (!v.fingerprint.isEmpty()) {
            //: %1 is the version's number.
            return tr("Version %1 has a fingerprint, but it has not been signed by both parties.").arg(v.number);
        }
    }
    if (!known && roots != 1)
        return tr("Its versions do not start from one first version.");
    return QString();
}

} // namespace myfyrio
