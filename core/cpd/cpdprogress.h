#pragma once

#include "core/cpd/cpdcycle.h"
#include "core/cpd/cpdrecordstore.h"
#include "core/cpd/regulator.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace myfyrio {

/// One thing a regulator counts, how much of it is done, and how much is needed.
struct CpdMeasure {
    enum class Kind { Hours, ParticipatoryHours, ReflectiveAccounts, Records, PeerRecords, Activities };
    Kind kind = Kind::Hours;
    int done = 0;     ///< quarter hours for the two kinds of hours, else a count
    int required = 0; ///< the same unit

    bool isHours() const { return kind == Kind::Hours || kind == Kind::ParticipatoryHours; }
    bool met() const { return done >= required; }
    int toGo() const { return qMax(0, required - done); }
};

/// A stretch of three months or more with no CPD activity, which the HCPC asks to have explained.
struct CpdGap {
    QDate from; ///< the last activity before it, or the start of the cycle
    QDate to;   ///< the next activity, or today
};

/// What a cycle's CPD adds up to against one regulator's requirement.
///
/// Counting rules: hours and participatory hours are the sums of the CPD
/// records in the cycle; an NMC reflective account is a CPD record that names
/// a theme of the Code; a Social Work England record is any CPD record in the
/// registration year, a peer record one marked "written with a peer"; the
/// HCPC counts dated activities and the gaps of three months or more between
/// them (from the start of the cycle to today, or to its end if that is earlier).
class CpdProgress
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CpdProgress)

public:
    static CpdProgress compute(Regulator regulator, const CpdCycle& cycle, const QVector<CpdEntry>& entries,
                               const QDate& today);

    Regulator regulator() const { return m_regulator; }
    const CpdCycle& cycle() const { return m_cycle; }
    const QVector<CpdEntry>& entries() const { return m_entries; }

    int quarterHours() const { return m_quarterHours; }
    int participatoryQuarterHours() const { return m_participatoryQuarterHours; }
    int reflectiveAccounts() const { return m_reflectiveAccounts; }
    int records() const { return static_cast<int>(m_entries.size()); }
    int peerRecords() const { return m_peerRecords; }
    /// Quarter hours by activity type code, in the order of CpdCatalog::typeCodes().
    const QMap<QString, int>& quarterHoursByType() const { return m_byType; }
    const QVector<CpdGap>& gaps() const { return m_gaps; }

    /// What the regulator counts, in the order the CPD view shows them.
    const QVector<CpdMeasure>& measures() const { return m_measures; }
    bool complete() const;

    /// "CPD hours: 12 of 35" in a language.
    static QString measureLine(const CpdMeasure& measure, const QString& language);
    /// What is still missing, one sentence each ("Participatory hours to go: 12"),
    /// or one sentence saying that nothing is.
    QStringList missing(const QString& language) const;

private:
    Regulator m_regulator = Regulator::None;
    CpdCycle m_cycle;
    QVector<CpdEntry> m_entries;
    int m_quarterHours = 0;
    int m_participatoryQuarterHours = 0;
    int m_reflectiveAccounts = 0;
    int m_peerRecords = 0;
    QMap<QString, int> m_byType;
    QVector<CpdGap> m_gaps;
    QVector<CpdMeasure> m_measures;
};

} // namespace myfyrio
