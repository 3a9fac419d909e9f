#pragma once

#include "core/journal/reflection.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace myfyrio {

/// The kinds of report the journal prints.
enum class ReportKind { Reflection, Portfolio, Agreement, Session, Annual, Failures };

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

    /// Command-line and settings codes.
    static QString kindCode(ReportKind kind);
    static std::optional<ReportKind> kindFromCode(const QString& code);
    static QStringList kindCodes();
    static QStringList languageCodes() { return {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("both")}; }
};

} // namespace myfyrio
