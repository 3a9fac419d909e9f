#pragma once

#include "core/cpd/cpdprogress.h"
#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QList>

namespace myfyrio {

class ReportSource;

/// The CPD a form of a period covers: the regulator (the report's, the one in
/// Preferences when it belongs to the form's family, else the family's
/// first), the period (the one asked for, else the current cycle), the
/// reflections with a CPD record in it that the privacy rule lets through,
/// and how many private ones were left out.
struct CpdSelection {
    Regulator regulator = Regulator::None;
    QDate from;
    QDate to;
    QVector<Reflection> reflections; ///< oldest first
    int leftOutPrivate = 0;
    int quarterHours = 0; ///< of the reflections shown

    static Expected<CpdSelection> of(const ReportSource& source, const QList<Regulator>& family);
};

} // namespace myfyrio
