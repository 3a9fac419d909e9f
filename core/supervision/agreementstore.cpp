#include "core/supervision/agreementstore.h"

#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/supervision/fingerprint.h"
#include "core/supervision/sectioncatalog.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace myfyrio {

namespace {

QString contentText(const AgreementContent& content)
{
    return QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact));
}

QString folded(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

} // namespace

AgreementStore::AgreementStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes())
{}

Expected<Agreement> AgreementStore::create(const AgreementContent& content, const QString& ownerRole) const
{
    if (!SectionCatalog::isParty(ownerRole))
        return Failure{tr("The journal's owner must be the supervisor or the supervisee.")};
    if (const QString problem = content.validate(); !problem.isEmpty())
        return Failure{problem};
    const QDateTime now = timestamps::nowUtc();
    Agreement agreement;
    agreement.id = newId();
    agreement.ownerRole = ownerRole;
    agreement.created = now;
    agreement.updated = now;
    AgreementVersion draft;
    draft.id = newId();
    draft.agreementId = agreement.id;
    draft.number = 1;
    draft.content = content.normalized();
    draft.created = now;
    draft.updated = now;

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    if (auto done = sql::run(m_db,
                             QStringLiteral("INSERT INTO supervision_agreement (id, owner_role, created_at, updated_at)"
                                            " VALUES (:id, :owner, :now, :now)"),
                             {{QStringLiteral("id"), agreement.id},
                              {QStringLiteral("owner"), ownerRole},
                              {QStringLiteral("now"), timestamps::toStorage(now)}});
        !done)
        return done.failure();
    if (auto done = insertVersion(draft); !done)
        return done.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    agreement.versions.append(draft);
    if (m_changes)
        m_changes->agreementChanged(agreement.id);
    return agreement;
}

Expected<std::optional<Agreement>> AgreementStore::find(const QString& id) const
{
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM supervision_agreement WHERE id = :id"),
                              {{QStringLiteral("id"), id}});
    if (!exists)
        return exists.failure();
    if (exists->toInt() == 0)
        return std::optional<Agreement>();
    auto loaded = load(id);
    if (!loaded)
        return loaded.failure();
    return std::optional<Agreement>(std::move(loaded).value());
}

Expected<QString> AgreementStore::resolveId(const QString& prefix) const
{
    const QString p = prefix.trimmed().toLower();
    if (p.size() < 4 || p.contains(QLatin1Char('%')) || p.contains(QLatin1Char('_')))
        //: %1 is what the person typed.
        return Failure{tr("There is no agreement with the id “%1”.").arg(prefix)};
    auto query = sql::run(m_db, QStringLiteral("SELECT id FROM supervision_agreement WHERE id LIKE :p || '%'"),
                          {{QStringLiteral("p"), p}});
    if (!query)
        return query.failure();
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    if (ids.isEmpty())
        //: %1 is what the person typed.
        return Failure{tr("There is no agreement with the id “%1”.").arg(prefix)};
    if (ids.size() > 1)
        //: %1 is the start of an id, as the person typed it.
        return Failure{tr("More than one agreement has an id starting “%1”; give more of it.").arg(prefix)};
    return ids.constFirst();
}

Expected<QVector<Agreement>> AgreementStore::list() const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT id FROM supervision_agreement ORDER BY created_at, id"));
    if (!query)
        return query.failure();
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    QVector<Agreement> agreements;
    for (const QString& id : ids) {
        auto loaded = load(id);
        if (!loaded)
            return loaded.failure();
        agreements.append(std::move(loaded).value());
    }
    return agreements;
}

Expected<Agreement> AgreementStore::load(const QString& id) const
{
    auto header = sql::run(m_db,
                           QStringLiteral("SELECT owner_role, ended_on, created_at, updated_at"
                                          " FROM supervision_agreement WHERE id = :id"),
                           {{QStringLiteral("id"), id}});
    if (!header)
        return header.failure();
    if (!header->next())
        //: %1 is what the person typed.
        return Failure{tr("There is no agreement with the id “%1”.").arg(id)};
    Agreement a;
    a.id = id;
    a.ownerRole = header->value(0).toString();
    a.endedOn = timestamps::dateFromStorage(header->value(1).toString());
    a.created = timestamps::timeFromStorage(header->value(2).toString());
    a.updated = timestamps::timeFromStorage(header->value(3).toString());

    auto versions = sql::run(m_db,
                             QStringLiteral("SELECT id, parent_id, number, content, fingerprint, synced_hash, origin,"
                                            " created_at, updated_at FROM supervision_agreement_version"
                                            " WHERE agreement_id = :id ORDER BY number"),
                             {{QStringLiteral("id"), id}});
    if (!versions)
        return versions.failure();
    while (versions->next()) {
        AgreementVersion v;
        v.id = versions->value(0).toString();
        v.agreementId = id;
        v.parentId = versions->value(1).toString();
        v.number = versions->value(2).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(versions->value(3).toString().toUtf8());
        auto content = AgreementContent::fromJson(doc.object());
        if (!content)
            return content.failure();
        v.content = std::move(content).value();
        v.fingerprint = versions->value(4).toString();
        v.syncedHash = versions->value(5).toString();
        v.origin = versions->value(6).toString();
        v.created = timestamps::timeFromStorage(versions->value(7).toString());
        v.updated = timestamps::timeFromStorage(versions->value(8).toString());
        a.versions.append(v);
    }
    for (AgreementVersion& v : a.versions) {
        auto signatures = sql::run(m_db,
                                   QStringLiteral("SELECT party, full_name, signed_on FROM supervision_signature"
                                                  " WHERE version_id = :id ORDER BY party"),
                                   {{QStringLiteral("id"), v.id}});
        if (!signatures)
            return signatures.failure();
        while (signatures->next()) {
            v.signatures.append(Signature{signatures->value(0).toString(), signatures->value(1).toString(),
                                          timestamps::dateFromStorage(signatures->value(2).toString())});
        }
    }
    return a;
}

Expected<AgreementVersion> AgreementStore::saveDraft(const QString& agreementId, const AgreementContent& content) const
{
    if (const QString problem = content.validate(); !problem.isEmpty())
        return Failure{problem};
    auto agreement = load(agreementId);
    if (!agreement)
        return agreement.failure();
    if (agreement->status() == Agreement::Status::Ended)
        return Failure{tr("This agreement has ended and can no longer be changed.")};
    const AgreementVersion* head = agreement->head();
    const QDateTime now = timestamps::nowUtc();

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    AgreementVersion draft;
    if (head && head->isDraft()) {
        draft = *head;
        if (draft.content == content.normalized())
            return draft;
        draft.content = content.normalized();
        draft.updated = now;
        // A signature is given to particular words: changed words need signing again.
        draft.signatures.clear();
        if (auto done = sql::run(m_db,
                                 QStringLiteral("UPDATE supervision_agreement_version SET content = :content,"
                                                " updated_at = :now WHERE id = :id"),
                                 {{QStringLiteral("content"), contentText(draft.content)},
                                  {QStringLiteral("now"), timestamps::toStorage(now)},
                                  {QStringLiteral("id"), draft.id}});
            !done)
            return done.failure();
        if (auto done = writeSignatures(draft); !done)
            return done.failure();
    } else {
        if (head && head->content == content.normalized())
            return *head; // nothing changed: no empty new draft
        draft.id = newId();
        draft.agreementId = agreementId;
        draft.parentId = head ? head->id : QString();
        draft.number = head ? head->number + 1 : 1;
        draft.content = content.normalized();
        draft.created = now;
        draft.updated = now;
        if (auto done = insertVersion(draft); !done)
            return done.failure();
    }
    if (auto done = touch(agreementId); !done)
        return done.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes)
        m_changes->agreementChanged(agreementId);
    return draft;
}

Expected<AgreementVersion> AgreementStore::sign(const QString& agreementId, const Signature& signature) const
{
    if (!SectionCatalog::isParty(signature.party))
        return Failure{tr("Sign as the supervisor or as the supervisee.")};
    if (signature.fullName.trimmed().isEmpty())
        return Failure{tr("Type your full name to sign.")};
    if (!signature.date.isValid())
        return Failure{tr("A signature needs a date.")};
    auto agreement = load(agreementId);
    if (!agreement)
        return agreement.failure();
    if (agreement->status() == Agreement::Status::Ended)
        return Failure{tr("This agreement has ended and can no longer be signed.")};
    if (!agreement->hasOpenDraft())
        return Failure{tr("The newest version is already signed by both parties. Change the agreement to "
                          "start a new draft.")};
    AgreementVersion draft = *agreement->head();
    const QString expected = draft.content.partyName(signature.party);
    if (folded(signature.fullName) != folded(expected)) {
        return Failure{
            signature.party == SectionCatalog::supervisor()
                //: %1 is what the person typed.
                ? tr("The name typed does not match the supervisor's name in the agreement (“%1”).").arg(expected)
                //: %1 is what the person typed.
                : tr("The name typed does not match the supervisee's name in the agreement (“%1”).").arg(expected)};
    }
    if (draft.signatureOf(signature.party)) {
        return Failure{signature.party == SectionCatalog::supervisor()
                           ? tr("The supervisor has already signed this version.")
                           : tr("The supervisee has already signed this version.")};
    }
    draft.signatures.append(Signature{signature.party, signature.fullName.simplified(), signature.date});
    if (draft.isSigned())
        draft.fingerprint = Fingerprint::of(draft.content, draft.signatures);

    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    if (auto done = writeSignatures(draft); !done)
        return done.failure();
    draft.updated = timestamps::nowUtc();
    if (auto done = sql::run(m_db,
                             QStringLiteral("UPDATE supervision_agreement_version SET fingerprint = :fp,"
                                            " updated_at = :now WHERE id = :id"),
                             {{QStringLiteral("fp"), draft.fingerprint},
                              {QStringLiteral("now"), timestamps::toStorage(draft.updated)},
                              {QStringLiteral("id"), draft.id}});
        !done)
        return done.failure();
    if (auto done = touch(agreementId); !done)
        return done.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes)
        m_changes->agreementChanged(agreementId);
    return draft;
}

Expected<void> AgreementStore::end(const QString& agreementId, const QDate& date) const
{
    if (!date.isValid())
        return Failure{tr("Give the date the agreement ended.")};
    auto done = sql::run(m_db,
                         QStringLiteral("UPDATE supervision_agreement SET ended_on = :date, updated_at = :now"
                                        " WHERE id = :id"),
                         {{QStringLiteral("date"), timestamps::toStorage(date)},
                          {QStringLiteral("now"), timestamps::toStorage(timestamps::nowUtc())},
                          {QStringLiteral("id"), agreementId}});
    if (!done)
        return done.failure();
    if (m_changes)
        m_changes->agreementChanged(agreementId);
    return {};
}

Expected<void> AgreementStore::remove(const QString& agreementId) const
{
    auto done = sql::run(m_db, QStringLiteral("DELETE FROM supervision_agreement WHERE id = :id"),
                         {{QStringLiteral("id"), agreementId}});
    if (!done)
        return done.failure();
    if (m_changes) {
        m_changes->agreementChanged(agreementId);
        m_changes->sessionChanged(agreementId);
    }
    return {};
}

Expected<void> AgreementStore::apply(const AgreementChanges& changes) const
{
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    if (changes.newAgreement) {
        const Agreement& a = *changes.newAgreement;
        if (auto done =
                sql::run(m_db,
                         QStringLiteral("INSERT INTO supervision_agreement"
                                        " (id, owner_role, ended_on, created_at, updated_at)"
                                        " VALUES (:id, :owner, :ended, :created, :updated)"),
                         {{QStringLiteral("id"), a.id},
                          {QStringLiteral("owner"), a.ownerRole},
                          {QStringLiteral("ended"), a.endedOn.isValid() ? timestamps::toStorage(a.endedOn) : QString()},
                          {QStringLiteral("created"), timestamps::toStorage(a.created)},
                          {QStringLiteral("updated"), timestamps::toStorage(a.updated)}});
            !done)
            return done.failure();
    }
    for (const AgreementVersion& v : changes.insert) {
        if (auto done = insertVersion(v); !done)
            return done.failure();
    }
    for (const AgreementVersion& v : changes.replace) {
        if (auto done = sql::run(m_db,
                                 QStringLiteral("UPDATE supervision_agreement_version SET content = :content,"
                                                " fingerprint = :fp, synced_hash = :synced, updated_at = :now"
                                                " WHERE id = :id AND fingerprint = ''"),
                                 {{QStringLiteral("content"), contentText(v.content)},
                                  {QStringLiteral("fp"), v.fingerprint},
                                  {QStringLiteral("synced"), v.syncedHash},
                                  {QStringLiteral("now"), timestamps::toStorage(timestamps::nowUtc())},
                                  {QStringLiteral("id"), v.id}});
            !done)
            return done.failure();
        if (auto done = writeSignatures(v); !done)
            return done.failure();
    }
    if (changes.endedOn.isValid()) {
        if (auto done = sql::run(m_db,
                                 QStringLiteral("UPDATE supervision_agreement SET ended_on = :date WHERE id = :id"
                                                " AND ended_on = ''"),
                                 {{QStringLiteral("date"), timestamps::toStorage(changes.endedOn)},
                                  {QStringLiteral("id"), changes.agreementId}});
            !done)
            return done.failure();
    }
    if (auto done = touch(changes.agreementId); !done)
        return done.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (m_changes)
        m_changes->agreementChanged(changes.agreementId);
    return {};
}

Expected<void> AgreementStore::markSynced(const QString& agreementId) const
{
    auto agreement = load(agreementId);
    if (!agreement)
        return agreement.failure();
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    for (const AgreementVersion& v : agreement->versions) {
        if (auto done =
                sql::run(m_db,
                         QStringLiteral("UPDATE supervision_agreement_version SET synced_hash = :hash"
                                        " WHERE id = :id"),
                         {{QStringLiteral("hash"), Fingerprint::ofContent(v.content)}, {QStringLiteral("id"), v.id}});
            !done)
            return done.failure();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (m_changes)
        m_changes->agreementChanged(agreementId);
    return {};
}

Expected<void> AgreementStore::insertVersion(const AgreementVersion& v) const
{
    auto done = sql::run(m_db,
                         QStringLiteral("INSERT INTO supervision_agreement_version (id, agreement_id, parent_id,"
                                        " number, content, fingerprint, synced_hash, origin, created_at, updated_at)"
                                        " VALUES (:id, :agreement, :parent, :number, :content, :fp, :synced,"
                                        " :origin, :created, :updated)"),
                         {{QStringLiteral("id"), v.id},
                          {QStringLiteral("agreement"), v.agreementId},
                          {QStringLiteral("parent"), v.parentId},
                          {QStringLiteral("number"), v.number},
                          {QStringLiteral("content"), contentText(v.content)},
                          {QStringLiteral("fp"), v.fingerprint},
                          {QStringLiteral("synced"), v.syncedHash},
                          {QStringLiteral("origin"), v.origin},
                          {QStringLiteral("created"), timestamps::toStorage(v.created)},
                          {QStringLiteral("updated"), timestamps::toStorage(v.updated)}});
    if (!done)
        return done.failure();
    return writeSignatures(v);
}

Expected<void> AgreementStore::writeSignatures(const AgreementVersion& v) const
{
    if (auto done = sql::run(m_db, QStringLiteral("DELETE FROM supervision_signature WHERE version_id = :id"),
                             {{QStringLiteral("id"), v.id}});
        !done)
        return done.failure();
    for (const Signature& s : v.signatures) {
        if (auto done = sql::run(m_db,
                                 QStringLiteral("INSERT INTO supervision_signature (version_id, party, full_name,"
                                                " signed_on) VALUES (:id, :party, :name, :date)"),
                                 {{QStringLiteral("id"), v.id},
                                  {QStringLiteral("party"), s.party},
                                  {QStringLiteral("name"), s.fullName},
                                  {QStringLiteral("date"), timestamps::toStorage(s.date)}});
            !done)
            return done.failure();
    }
    return {};
}

Expected<void> AgreementStore::touch(const QString& agreementId) const
{
    auto done = sql::run(
        m_db, QStringLiteral("UPDATE supervision_agreement SET updated_at = :now WHERE id = :id"),
        {{QStringLiteral("now"), timestamps::toStorage(timestamps::nowUtc())}, {QStringLiteral("id"), agreementId}});
    if (!done)
        return done.failure();
    return {};
}

} // namespace myfyrio
