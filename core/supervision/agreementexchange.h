#pragma once

#include "core/supervision/agreementfile.h"
#include "core/supervision/agreementstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace myfyrio {

/// Moves an agreement between two journals through a .myfyrio-agreement file.
///
/// Import compares the file with the local copy by the versions' lineage:
/// - Added: this journal did not have the agreement;
/// - Same: nothing new on either side;
/// - Newer: the file carries versions or signatures the journal lacks, and
///   the journal nothing the file lacks: they are added;
/// - Older: the journal already has everything in the file and more: nothing changes;
/// - Diverged: both sides changed. Nothing local is touched; the file's versions
///   are kept beside the local ones, and its newest content becomes a draft of
///   its own for the two parties to settle.
/// Nothing is ever overwritten: a local draft is only replaced when it has not
/// been edited since it last crossed between the machines.
class AgreementExchange
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AgreementExchange)

public:
    enum class Outcome { Added, Same, Newer, Older, Diverged };

    struct Report {
        Outcome outcome = Outcome::Same;
        QString agreementId;
        QStringList changedSections; ///< sections where the file's newest content differs from the local copy
        int versionsAdded = 0;
        /// One sentence for the user saying what happened.
        QString message() const;
    };

    static QString outcomeCode(Outcome outcome);

    /// Writes the agreement with every version to path, and notes that the
    /// drafts have been shared (so a later import can tell who changed what).
    static Expected<void> exportTo(const AgreementStore& store, const QString& agreementId, const QString& path);

    /// Reads, checks and imports a file; a refused file changes nothing.
    static Expected<Report> importFrom(const AgreementStore& store, const QString& path);
    static Expected<Report> importContents(const AgreementStore& store, const AgreementFile::Contents& contents);

    /// Decides what an import would do, without writing anything.
    static Report plan(const std::optional<Agreement>& local, const Agreement& incoming, AgreementChanges& changes);
};

} // namespace myfyrio
