#pragma once

#include "core/journal/reflection.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace myfyrio {

/// The kinds of report the journal prints.
enum class ReportKind {
    Reflection,
    Portfolio,
    Agreement,
    Session,
    Annual,
    Failures,
    NmcAccount,  ///< the NMC's reflective account, from one reflection
    SweRecord,   ///< a Social Work England CPD record, from one reflection
    ScwLog,      ///< the Social Care Wales CPD log of a period
    HcpcSummary, ///< an HCPC-style summary of a period's CPD
};

/// What to put in a report and how: chosen per report, independent of the interface.
struct ReportOptions {
    ReportKind kind = ReportKind::Portfolio;
    /// "en", "cy", or "both" (Welsh first, then English).
    QString language = QStringLiteral("en");
    QPageSize::PageSizeId paper = QPageSize::A4;
    /// Reflections not marked "bring to supervision" are left out unless the
    /// writer asks for a copy for themselves.
    bool includePrivate = false;
    QString id;              ///< the reflection, agreement or session
    ReflectionFilter filter; ///< a portfolio's selection
    QString model;           ///< a portfolio's model code, empty for any
    int year = 0;            ///< an annual review's year
    QString ownerName;       ///< shown on the title page and header; empty to leave out
    /// For the CPD forms of a period: a Regulators code (core/cpd/regulator.h),
    /// empty for the one chosen in Preferences.
    QString regulator;

    /// Command-line and settings codes.
    static QString kindCode(ReportKind kind);
    static std::optional<ReportKind> kindFromCode(const QString& code);
    static QStringList kindCodes();
    /// The forms a regulator asks for: always checked by the confidentiality guard.
    static bool isRegulatorForm(ReportKind kind)
    {
        return kind == ReportKind::NmcAccount || kind == ReportKind::SweRecord || kind == ReportKind::ScwLog
               || kind == ReportKind::HcpcSummary;
    }
    /// The kinds made from one reflection (given by id).
    static bool needsReflection(ReportKind kind)
    {
        return kind == ReportKind::Reflection || kind == ReportKind::NmcAccount || kind == ReportKind::SweRecord;
    }
    static QStringList languageCodes() { return {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("both")}; }
};

} // namespace myfyrio
