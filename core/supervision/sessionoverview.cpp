#include "core/supervision/sessionoverview.h"

#include "core/supervision/sectioncatalog.h"

namespace myfyrio {

SessionOverview SessionOverview::compute(const QVector<Session>& sessions, int frequencyWeeks, const QDate& from,
                                         const QDate& to)
{
    SessionOverview o;
    o.from = from;
    o.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return o;
    if (frequencyWeeks > 0)
        o.expected = static_cast<int>((from.daysTo(to) + 1) / (7 * frequencyWeeks));
    for (const QString& code : SectionCatalog::functionCodes())
        o.coverage.insert(code, 0);
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        Month m;
        m.month = month;
        for (const QString& code : SectionCatalog::functionCodes())
            m.coverage.insert(code, 0);
        o.months.append(m);
    }
    for (const Session& s : sessions) {
        if (s.date < from || s.date > to)
            continue;
        const QDate first(s.date.year(), s.date.month(), 1);
        Month* month = nullptr;
        for (Month& m : o.months) {
            if (m.month == first)
                month = &m;
        }
        if (!s.held) {
            ++o.cancelled;
            if (s.rebooked)
                ++o.rebooked;
            if (month)
                ++month->cancelled;
            continue;
        }
        ++o.held;
        if (month)
            ++month->held;
        for (const QString& f : s.functions) {
            if (!o.coverage.contains(f))
                continue;
            ++o.coverage[f];
            if (month)
                ++month->coverage[f];
        }
    }
    return o;
}

} // namespace myfyrio
