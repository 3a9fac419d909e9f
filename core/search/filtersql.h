#pragma once

#include "core/journal/reflection.h"

#include <QString>
#include <QVariantMap>

namespace myfyrio {

/// The FROM and WHERE parts of a filtered list of reflections, with their bound
/// values. Only constant SQL fragments are joined; user text is always bound.
/// The reflection table is aliased "r"; a full-text filter joins reflection_fts.
struct FilterSql {
    QString from;
    QString where;
    QVariantMap values;
    bool fullText = false;
};

/// The SQL that narrows the reflection table to what a filter asks for.
FilterSql filterSql(const ReflectionFilter& filter);

} // namespace myfyrio
