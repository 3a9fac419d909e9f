#include "core/supervision/agreementexchange.h"

#include "core/supervision/fingerprint.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/versiondiff.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace myfyrio {

namespace {

/// Signatures of both copies of a version with the same content.
QVector<Signature> mergedSignatures(const AgreementVersion& local, const AgreementVersion& incoming)
{
    QVector<Signature> merged = local.signatures;
    for (const Signature& s : incoming.signatures) {
        if (!local.signatureOf(s.party))
            merged.append(s);
    }
    return merged;
}

} // namespace

QString AgreementExchange::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::Newer:
        return QStringLiteral("newer");
    case Outcome::Older:
        return QStringLiteral("older");
    case Outcome::Diverged:
        return QStringLiteral("diverged");
    case Outcome::Same:
        break;
    }
    return QStringLiteral("same");
}

QString AgreementExchange::Report::message() const
{
    switch (outcome) {
    case Outcome::Added:
        //: %n is a number of versions.
        return tr("The agreement was added to this journal with %n version(s).", nullptr, versionsAdded);
    case Outcome::Same:
        return tr("This journal already has the same agreement. Nothing was changed.");
    case Outcome::Newer:
        //: %n is a number of versions and signatures.
        return tr("The file was newer: %n version(s) or signature(s) were added. Nothing was overwritten.", nullptr,
                  versionsAdded);
    case Outcome::Older:
        return tr("The file is older than the agreement in this journal. Nothing was changed.");
    case Outcome::Diverged:
        if (versionsAdded == 0)
            return tr("Both copies have changed, and the other copy is already kept beside this one for the two of "
                      "you to settle. Nothing was changed.");
        return tr("Both copies have changed since they were last exchanged. The other copy has been kept "
                  "beside this one as a new draft for the two of you to settle; nothing was overwritten.");
    }
    return {};
}

Expected<void> AgreementExchange::exportTo(const AgreementStore& store, const QString& agreementId, const QString& path)
{
    auto found = store.find(agreementId);
    if (!found)
        return found.failure();
    if (!found->has_value())
        //: %1 is what the person typed.
        return Failure{tr("There is no agreement with the id “%1”.").arg(agreementId)};
    if (auto written = AgreementFile::write(**found, path); !written)
        return written;
    return store.markSynced(agreementId);
}

Expected<AgreementExchange::Report> AgreementExchange::importFrom(const AgreementStore& store, const QString& path)
{
    auto contents = AgreementFile::read(path);
    if (!contents)
        return contents.failure();
    return importContents(store, *contents);
}

Expected<AgreementExchange::Report> AgreementExchange::importContents(const AgreementStore& store,
                                                                      const AgreementFile::Contents& contents)
{
    auto local = store.find(contents.agreement.id);
    if (!local)
        return local.failure();
    AgreementChanges changes;
    const Report report = plan(*local, contents.agreement, changes);
    if (changes.newAgreement || !changes.insert.isEmpty() || !changes.replace.isEmpty() || changes.endedOn.isValid()) {
        if (auto applied = store.apply(changes); !applied)
            return applied.failure();
    }
    return report;
}

AgreementExchange::Report AgreementExchange::plan(const std::optional<Agreement>& local, const Agreement& incoming,
                                                  AgreementChanges& changes)
{
    Report report;
    report.agreementId = incoming.id;
    changes = AgreementChanges{};
    changes.agreementId = incoming.id;
    const QDateTime now = timestamps::nowUtc();

    if (!local) {
        Agreement header = incoming;
        header.versions.clear();
        // The file was written by one party's journal; this one belongs to the other party.
        header.ownerRole = incoming.ownerRole == SectionCatalog::supervisor() ? SectionCatalog::supervisee()
                                                                              : SectionCatalog::supervisor();
        header.updated = now;
        changes.newAgreement = header;
        for (AgreementVersion v : incoming.versions) {
            v.origin = QStringLiteral("imported");
            v.syncedHash = Fingerprint::ofContent(v.content);
            v.updated = now;
            changes.insert.append(v);
        }
        report.outcome = Outcome::Added;
        report.versionsAdded = static_cast<int>(incoming.versions.size());
        return report;
    }

    QHash<QString, const AgreementVersion*> localById;
    int nextNumber = 1;
    for (const AgreementVersion& v : local->versions) {
        localById.insert(v.id, &v);
        nextNumber = qMax(nextNumber, v.number + 1);
    }
    QSet<QString> incomingIds;
    bool fileAhead = false;
    bool localAhead = false;
    bool fileIsBehind = false;
    QVector<AgreementVersion> conflicting; // incoming copies that cannot share an id with the local one
    QVector<AgreementVersion> fileOnly;
    QVector<AgreementVersion> completions;

    for (const AgreementVersion& in : incoming.versions) {
        incomingIds.insert(in.id);
        const AgreementVersion* mine = localById.value(in.id);
        if (!mine) {
            fileOnly.append(in);
            continue;
        }
        const bool sameContent = mine->content == in.content;
        const QString mineHash = Fingerprint::ofContent(mine->content);
        if (mine->isSigned()) {
            if (in.isSigned() && in.fingerprint != mine->fingerprint)
                conflicting.append(in);
            else if (!in.isSigned())
                localAhead = true;
            continue;
        }
        // The local copy is a draft.
        AgreementVersion updated = *mine;
        if (sameContent) {
            updated.signatures = mergedSignatures(*mine, in);
            if (updated.signatures.size() > mine->signatures.size())
                fileAhead = true;
            // A signature only this journal has is no divergence: the file is just behind.
            if (updated.signatures.size() > in.signatures.size())
                fileIsBehind = true;
        } else if (mine->syncedHash == mineHash) {
            // Not edited here since it was last exchanged: the file's words are the newer ones.
            updated.content = in.content;
            updated.signatures = in.signatures;
            fileAhead = true;
        } else if (!mine->syncedHash.isEmpty() && Fingerprint::ofContent(in.content) == mine->syncedHash) {
            localAhead = true;
            continue;
        } else {
            conflicting.append(in);
            continue;
        }
        if (updated.signatures != mine->signatures || updated.content != mine->content) {
            updated.fingerprint = updated.isSigned() ? Fingerprint::of(updated.content, updated.signatures) : QString();
            updated.syncedHash = Fingerprint::ofContent(updated.content);
            completions.append(updated);
        }
    }
    for (const AgreementVersion& v : local->versions) {
        if (!incomingIds.contains(v.id))
            localAhead = true;
    }
    if (!fileOnly.isEmpty())
        fileAhead = true;
    // The other party recorded the end of the agreement: that is news, not a conflict.
    if (incoming.endedOn.isValid() && !local->endedOn.isValid()) {
        changes.endedOn = incoming.endedOn;
        fileAhead = true;
    } else if (local->endedOn.isValid() && !incoming.endedOn.isValid()) {
        fileIsBehind = true; // the file is behind, nothing more
    }

    const AgreementVersion& incomingHead = incoming.versions.constLast();
    if (const AgreementVersion* current = local->head())
        report.changedSections = VersionDiff::changedSections(current->content, incomingHead.content);

    const bool diverged = !conflicting.isEmpty() || (fileAhead && localAhead);
    if (!diverged) {
        if (!fileAhead) {
            report.outcome = localAhead || fileIsBehind ? Outcome::Older : Outcome::Same;
            return report;
        }
        report.outcome = Outcome::Newer;
        for (AgreementVersion v : fileOnly) {
            v.number = nextNumber++;
            v.origin = QStringLiteral("imported");
            v.syncedHash = Fingerprint::ofContent(v.content);
            v.updated = now;
            changes.insert.append(v);
        }
        changes.replace = completions;
        report.versionsAdded = static_cast<int>(fileOnly.size() + completions.size());
        if (changes.endedOn.isValid() && report.versionsAdded == 0)
            report.outcome = Outcome::Newer;
        return report;
    }
    changes.endedOn = QDate(); // a diverged copy does not end the agreement here on its own

    // Diverged: keep the file's versions beside the local ones under ids of
    // their own where they clash, and leave every local version as it is.
    report.outcome = Outcome::Diverged;
    QHash<QString, QString> renamed;
    for (const AgreementVersion& in : incoming.versions) {
        const bool clash = std::any_of(conflicting.cbegin(), conflicting.cend(),
                                       [&in](const AgreementVersion& c) { return c.id == in.id; });
        const bool missing = !localById.contains(in.id);
        if (!clash && !missing)
            continue;
        AgreementVersion v = in;
        if (clash) {
            // Kept already by an earlier import of the same file: point at that copy.
            const QString key = Fingerprint::of(in.content, in.signatures);
            const auto kept =
                std::find_if(local->versions.cbegin(), local->versions.cend(), [&key](const AgreementVersion& l) {
                    return l.origin == QLatin1String("diverged") && Fingerprint::of(l.content, l.signatures) == key;
                });
            if (kept != local->versions.cend()) {
                renamed.insert(in.id, kept->id);
                continue;
            }
            v.id = newId();
            renamed.insert(in.id, v.id);
        }
        v.parentId = renamed.value(in.parentId, in.parentId);
        v.number = nextNumber++;
        v.origin = QStringLiteral("diverged");
        v.syncedHash = Fingerprint::ofContent(v.content);
        v.updated = now;
        changes.insert.append(v);
    }
    const QString headId = renamed.value(incomingHead.id, incomingHead.id);
    const bool headKept = std::any_of(changes.insert.cbegin(), changes.insert.cend(),
                                      [&headId](const AgreementVersion& v) { return v.id == headId; });
    const bool settling =
        std::any_of(local->versions.cbegin(), local->versions.cend(), [&incomingHead](const AgreementVersion& l) {
            return l.isDraft() && l.origin == QLatin1String("diverged") && l.content == incomingHead.content;
        });
    if ((incomingHead.isSigned() || !headKept) && !settling) {
        // The parties settle the difference in a draft of its own, starting from the other copy's words.
        AgreementVersion draft;
        draft.id = newId();
        draft.agreementId = incoming.id;
        draft.parentId = headId;
        draft.number = nextNumber++;
        draft.content = incomingHead.content;
        draft.origin = QStringLiteral("diverged");
        draft.created = now;
        draft.updated = now;
        changes.insert.append(draft);
    }
    report.versionsAdded = static_cast<int>(changes.insert.size());
    return report;
}

} // namespace myfyrio
