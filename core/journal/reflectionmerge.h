#pragma once

#include "core/journal/reflection.h"

#include <QStringList>

namespace myfyrio {

/// Three-way merge of a reflection, field by field.
///
/// An editor loaded `base`, the person changed it into `edited`, and meanwhile
/// the journal may hold a newer `stored` copy (the Actions view ticked an
/// action, another program wrote it). The result keeps every change from both
/// sides: a field the editor did not touch takes the stored value; a field only
/// the editor changed takes the edited one. When both changed the same field
/// to different values, that field is a conflict and nothing should be written.
///
/// Tags merge as sets (added and removed ones apply to the stored set); answers
/// by prompt; actions by id, then by field, in the edited order.
class ReflectionMerge
{
public:
    struct Result {
        Reflection merged;
        /// Names of the fields that clash ("title", "body", "answer:gibbs_feelings", …).
        QStringList conflicts;
        bool hasConflicts() const { return !conflicts.isEmpty(); }
    };

    static Result merge(const Reflection& base, const Reflection& edited, const Reflection& stored);
};

} // namespace myfyrio
