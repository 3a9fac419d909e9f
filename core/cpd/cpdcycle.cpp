#include "core/cpd/cpdcycle.h"

namespace myfyrio {

CpdCycle CpdCycle::current(Regulator regulator, const QDate& start, const QDate& today)
{
    const CpdRequirement requirement = Regulators::requirement(regulator);
    const int months = requirement.cycleMonths;
    CpdCycle cycle;
    cycle.startSet = start.isValid();
    QDate from = start;
    if (!from.isValid()) {
        if (requirement.fixedYear) {
            from = QDate(today.month() == 12 ? today.year() : today.year() - 1, 12, 1);
        } else {
            cycle.from = today.addMonths(-months).addDays(1);
            cycle.to = today;
            return cycle;
        }
    }
    // Step on from the start while the next cycle has begun by today. Each
    // step counts from the start itself, so that 31 January stays the 31st.
    int steps = 0;
    while (from.addMonths(months * (steps + 1)) <= today)
        ++steps;
    cycle.from = from.addMonths(months * steps);
    cycle.to = from.addMonths(months * (steps + 1)).addDays(-1);
    return cycle;
}

} // namespace myfyrio
