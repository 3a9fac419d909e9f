#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace myfyrio {

/// The regulator (and, for Social Care Wales, the role) whose CPD
/// requirement the writer works towards.
enum class Regulator { None, Nmc, Swe, ScwSocialWorker, ScwManager, ScwCareWorker, Hcpc };

/// What a regulator asks for in one cycle, as it publishes it
/// (see /work/shared/domain.md §4; counts, and hours in quarter hours).
struct CpdRequirement {
    int cycleMonths = 12;
    int quarterHours = 0;              ///< NMC 35 h, SCW 90 h or 45 h
    int participatoryQuarterHours = 0; ///< NMC 20 h
    int reflectiveAccounts = 0;        ///< NMC 5
    int records = 0;                   ///< SWE 2 a year
    int peerRecords = 0;               ///< SWE 1 a year
    int activities = 0;                ///< HCPC profile: about 12 to 50 dated activities
    int gapMonths = 0;                 ///< HCPC: a gap this long needs explaining
    bool fixedYear = false;            ///< SWE: the registration year runs 1 December to 30 November
};

/// Codes, names and requirements of the regulators.
class Regulators
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::Regulators)

public:
    static QList<Regulator> all();
    /// "none", "nmc", "swe", "scw-social-worker", "scw-manager", "scw-care-worker", "hcpc".
    static QString code(Regulator regulator);
    static std::optional<Regulator> fromCode(const QString& code);
    /// The command line's codes: every code but "none".
    static QStringList codes();

    /// The full name in a language, with the role for Social Care Wales.
    static QString name(Regulator regulator, const QString& language);
    static CpdRequirement requirement(Regulator regulator);
    /// True for Social Care Wales, which publishes its pages and forms in Welsh.
    static bool publishesWelsh(Regulator regulator);
    /// "nmc" or "scw": whose standards a record relates to (CpdCatalog::standardsOf), else empty.
    static QString standardsBody(Regulator regulator);
};

} // namespace myfyrio
