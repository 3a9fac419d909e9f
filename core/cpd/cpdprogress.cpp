#include "core/cpd/cpdprogress.h"

#include "core/cpd/cpdcatalog.h"
#include "core/i18n/translations.h"

namespace myfyrio {

namespace {

const char* const progressContext = "myfyrio::CpdProgress";

QString text(const QString& language, const char* source)
{
    return Translations::translate(language, progressContext, source);
}

} // namespace

CpdProgress CpdProgress::compute(Regulator regulator, const CpdCycle& cycle, const QVector<CpdEntry>& entries,
                                 const QDate& today)
{
    CpdProgress p;
    p.m_regulator = regulator;
    p.m_cycle = cycle;
    const QStringList nmcThemes = CpdCatalog::standardsOf(QStringLiteral("nmc"));
    for (const CpdEntry& entry : entries) {
        if (!cycle.contains(entry.date))
            continue;
        p.m_entries.append(entry);
        p.m_quarterHours += entry.record.quarterHours;
        if (entry.record.participatory)
            p.m_participatoryQuarterHours += entry.record.quarterHours;
        if (nmcThemes.contains(entry.record.standard))
            ++p.m_reflectiveAccounts;
        if (entry.record.peer)
            ++p.m_peerRecords;
        p.m_byType[entry.record.type] += entry.record.quarterHours;
    }

    const CpdRequirement r = Regulators::requirement(regulator);
    using Kind = CpdMeasure::Kind;
    if (r.quarterHours > 0)
        p.m_measures.append({Kind::Hours, p.m_quarterHours, r.quarterHours});
    if (r.participatoryQuarterHours > 0)
        p.m_measures.append({Kind::ParticipatoryHours, p.m_participatoryQuarterHours, r.participatoryQuarterHours});
    if (r.reflectiveAccounts > 0)
        p.m_measures.append({Kind::ReflectiveAccounts, p.m_reflectiveAccounts, r.reflectiveAccounts});
    if (r.records > 0)
        p.m_measures.append({Kind::Records, p.records(), r.records});
    if (r.peerRecords > 0)
        p.m_measures.append({Kind::PeerRecords, p.m_peerRecords, r.peerRecords});
    if (r.activities > 0)
        p.m_measures.append({Kind::Activities, p.records(), r.activities});

    if (r.gapMonths > 0) {
        const QDate end = qMin(today, cycle.to);
        QDate previous = cycle.from;
        QVector<QDate> dates;
        for (const CpdEntry& entry : std::as_const(p.m_entries))
            dates.append(entry.date);
        dates.append(end);
        for (const QDate& next : std::as_const(dates)) {
            if (next > end)
                break;
            if (previous.addMonths(r.gapMonths) <= next)
                p.m_gaps.append({previous, next});
            previous = qMax(previous, next);
        }
    }
    return p;
}

bool CpdProgress::complete() const
{
    for (const CpdMeasure& measure : m_measures) {
        if (!measure.met())
            return false;
    }
    return m_gaps.isEmpty();
}

QString CpdProgress::measureLine(const CpdMeasure& measure, const QString& language)
{
    const QLocale locale = Translations::locale(language);
    const QString done =
        measure.isHours() ? CpdCatalog::hoursText(measure.done, language) : locale.toString(measure.done);
    const QString required =
        measure.isHours() ? CpdCatalog::hoursText(measure.required, language) : locale.toString(measure.required);
    const char* source = "";
    switch (measure.kind) {
    case CpdMeasure::Kind::Hours:
        //: %1 hours done, %2 hours the regulator asks for in the cycle.
        source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "CPD hours: %1 of %2");
        break;
    case CpdMeasure::Kind::ParticipatoryHours:
        //: %1 participatory hours done, %2 asked for.
        source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Participatory hours: %1 of %2");
        break;
    case CpdMeasure::Kind::ReflectiveAccounts:
        //: %1 reflective accounts written, %2 asked for.
        source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Reflective accounts: %1 of %2");
        break;
    case CpdMeasure::Kind::Records:
        //: %1 CPD records made this registration year, %2 asked for.
        source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "CPD records: %1 of %2");
        break;
    case CpdMeasure::Kind::PeerRecords:
        //: %1 CPD records with peer reflection, %2 asked for.
        source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Records with peer reflection: %1 of %2");
        break;
    case CpdMeasure::Kind::Activities:
        //: %1 dated CPD activities, %2 the least a profile usually lists.
        source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Dated activities: %1 of %2");
        break;
    }
    return text(language, source).arg(done, required);
}

QStringList CpdProgress::missing(const QString& language) const
{
    QStringList lines;
    const QLocale locale = Translations::locale(language);
    for (const CpdMeasure& measure : m_measures) {
        if (measure.met())
            continue;
        const QString toGo =
            measure.isHours() ? CpdCatalog::hoursText(measure.toGo(), language) : locale.toString(measure.toGo());
        const char* source = "";
        switch (measure.kind) {
        case CpdMeasure::Kind::Hours:
            //: %1 is a number of hours.
            source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "CPD hours to go: %1");
            break;
        case CpdMeasure::Kind::ParticipatoryHours:
            //: %1 is a number of hours.
            source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Participatory hours to go: %1");
            break;
        case CpdMeasure::Kind::ReflectiveAccounts:
            //: %1 is a number of reflective accounts.
            source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Reflective accounts still to write: %1");
            break;
        case CpdMeasure::Kind::Records:
            //: %1 is a number of CPD records.
            source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "CPD records still to make this year: %1");
            break;
        case CpdMeasure::Kind::PeerRecords:
            //: %1 is a number of CPD records.
            source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Records with peer reflection still needed: %1");
            break;
        case CpdMeasure::Kind::Activities:
            //: %1 is a number of activities.
            source = QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Dated activities still needed for a profile: %1");
            break;
        }
        lines << text(language, source).arg(toGo);
    }
    if (!m_gaps.isEmpty()) {
        //: %1 is a number of gaps between CPD activities.
        lines << text(language,
                      QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Gaps of three months or more to explain: %1"))
                     .arg(locale.toString(static_cast<int>(m_gaps.size())));
    }
    if (lines.isEmpty() && !m_measures.isEmpty())
        lines << text(language, QT_TRANSLATE_NOOP("myfyrio::CpdProgress", "Nothing is missing for this cycle."));
    return lines;
}

} // namespace myfyrio
