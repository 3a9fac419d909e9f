#include "core/report/cpdselection.h"

#include "core/cpd/cpdsettings.h"
#include "core/report/reportsource.h"
#include "core/storage/database.h"

namespace myfyrio {

Expected<CpdSelection> CpdSelection::of(const ReportSource& source, const QList<Regulator>& family)
{
    const ReportOptions& options = source.options();
    const CpdSettings settings = CpdSettings::load();
    CpdSelection selection;
    selection.regulator = family.constFirst();
    if (const auto given = Regulators::fromCode(options.regulator); given && family.contains(*given))
        selection.regulator = *given;
    else if (options.regulator.isEmpty() && family.contains(settings.regulator))
        selection.regulator = settings.regulator;
    const CpdCycle cycle = CpdCycle::current(selection.regulator, settings.cycleStart, QDate::currentDate());
    selection.from = options.filter.from.isValid() ? options.filter.from : cycle.from;
    selection.to = options.filter.to.isValid() ? options.filter.to : cycle.to;

    ReflectionFilter period;
    period.from = selection.from;
    period.to = selection.to;
    auto shown = source.reflections(period);
    if (!shown)
        return shown.failure();
    for (const Reflection& reflection : *shown) {
        if (!reflection.cpd)
            continue;
        selection.reflections.append(reflection);
        selection.quarterHours += reflection.cpd->quarterHours;
    }
    auto all = CpdRecordStore(source.database().connection()).entries(selection.from, selection.to);
    if (!all)
        return all.failure();
    selection.leftOutPrivate = static_cast<int>(all->size() - selection.reflections.size());
    return selection;
}

} // namespace myfyrio
