#pragma once

#include "core/journal/reflection.h"

#include <QString>
#include <QVariantMap>

namespace myfyrio {

/// The FROM, WHERE and ORDER BY parts of a filtered list of reflections, with
/// their bound values. Only constant SQL fragments are joined; user text is
/// always bound. The reflection table is aliased "r"; a search with words that
/// must appear joins reflection_fts (so snippet() can be asked for).
struct FilterSql {
    QString from;
    QString where;
    QString order; ///< newest first, or for filter.bestMatchFirst exact forms first
    QVariantMap values;
    bool fullText = false;
};

/// The SQL that narrows the reflection table to what a filter asks for. The
/// filter's text is read as a SearchQuery (searchquery.h); parts of it that
/// cannot be used are left out (SearchQuery::problems() says which).
///
/// Welsh mutations: a word also finds its mutated forms and radicals in Welsh
/// reflections (lang = 'cy'); in English ones only when the search itself is
/// Welsh (SearchQuery::isWelsh()), so "bad" never finds "mad" in English.
FilterSql filterSql(const ReflectionFilter& filter);

} // namespace myfyrio
