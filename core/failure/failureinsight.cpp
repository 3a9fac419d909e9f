#include "core/failure/failureinsight.h"

#include "core/i18n/translations.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

namespace {

// Whole sentences, one a pattern: never joined from pieces, so that Welsh can
// mutate freely. They name no period, so they fit "this year" and a custom range alike.
const char* const summaries[] = {
    QT_TRANSLATE_NOOP("myfyrio::FailureInsight", "You have not placed any events on the spectrum in this period."),
    QT_TRANSLATE_NOOP("myfyrio::FailureInsight",
                      "You have placed only a few events in this period; a pattern will show as you place more."),
    QT_TRANSLATE_NOOP("myfyrio::FailureInsight",
                      "Most of the events you placed in this period sit at the blameworthy end: it is worth asking "
                      "what in the system made each one likely."),
    QT_TRANSLATE_NOOP("myfyrio::FailureInsight",
                      "Most of the events you placed in this period came from process and complexity, not from "
                      "people."),
    QT_TRANSLATE_NOOP("myfyrio::FailureInsight",
                      "Most of the events you placed in this period came from experiments: the kind of failure "
                      "that teaches."),
    QT_TRANSLATE_NOOP("myfyrio::FailureInsight",
                      "The events you placed in this period are spread across the spectrum, from people to "
                      "process to experiments."),
};

QDate firstOfMonth(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

QVector<FailureMonth> monthsBetween(const QDate& first, const QDate& last)
{
    QVector<FailureMonth> months;
    if (!first.isValid() || !last.isValid() || last < first)
        return months;
    for (QDate month = firstOfMonth(first); month <= last; month = month.addMonths(1))
        months.append(FailureMonth{month, {}});
    return months;
}

} // namespace

FailureInsight::FailureInsight(const Database& database) : m_db(database.connection()) {}

Expected<FailureCounts> FailureInsight::counts(const QDate& from, const QDate& to) const
{
    QString statement = QStringLiteral("SELECT r.entry_date, fp.reason, fp.type, fp.blame_felt"
                                       " FROM failure_placement fp JOIN reflection r ON r.id = fp.reflection_id"
                                       " WHERE 1 = 1");
    QVariantMap values;
    if (from.isValid()) {
        statement += QStringLiteral(" AND r.entry_date >= :from");
        values.insert(QStringLiteral("from"), timestamps::toStorage(from));
    }
    if (to.isValid()) {
        statement += QStringLiteral(" AND r.entry_date <= :to");
        values.insert(QStringLiteral("to"), timestamps::toStorage(to));
    }
    statement += QStringLiteral(" ORDER BY r.entry_date");
    auto query = sql::run(m_db, statement, values);
    if (!query)
        return query.failure();

    struct Row {
        QDate date;
        FailureReason reason;
        FailureType type;
        QVariant blame;
    };
    QVector<Row> rows;
    while (query->next()) {
        const auto reason = FailureSpectrum::reasonFromCode(query->value(1).toString());
        const auto type = FailureSpectrum::typeFromCode(query->value(2).toString());
        if (!reason || !type)
            continue; // the table's CHECK constraints keep unknown codes out
        rows.append(Row{timestamps::dateFromStorage(query->value(0).toString()), *reason, *type, query->value(3)});
    }

    FailureCounts result;
    result.from = from;
    result.to = to;
    result.total = rows.size();
    const QDate first = from.isValid() ? from : (rows.isEmpty() ? QDate() : rows.constFirst().date);
    const QDate last = to.isValid() ? to : (rows.isEmpty() ? QDate() : rows.constLast().date);
    result.months = monthsBetween(first, last);
    std::array<int, 9> blameSum{};
    std::array<int, 9> blameCount{};
    for (const Row& row : rows) {
        const auto r = static_cast<std::size_t>(row.reason);
        const auto t = static_cast<std::size_t>(row.type);
        ++result.byReason[r];
        ++result.byType[t];
        if (!row.blame.isNull()) {
            blameSum[r] += row.blame.toInt();
            ++blameCount[r];
        }
        const QDate month = firstOfMonth(row.date);
        for (FailureMonth& m : result.months)
            if (m.month == month)
                ++m.byType[t];
    }
    for (std::size_t r = 0; r < blameSum.size(); ++r)
        if (blameCount[r] > 0)
            result.meanBlameFelt[r] = static_cast<double>(blameSum[r]) / blameCount[r];
    return result;
}

FailureInsight::Pattern FailureInsight::pattern(const FailureCounts& counts)
{
    if (counts.total == 0)
        return Pattern::Empty;
    if (counts.total < fewestForPattern)
        return Pattern::TooFew;
    int people = 0;
    int system = 0;
    int experiments = 0;
    for (FailureReason reason : FailureSpectrum::reasons()) {
        const int position = FailureSpectrum::position(reason);
        int& group = position <= 3 ? people : (position <= 7 ? system : experiments);
        group += counts.count(reason);
    }
    // "Most" means more than half.
    if (2 * system > counts.total)
        return Pattern::MostlySystem;
    if (2 * people > counts.total)
        return Pattern::MostlyPeople;
    if (2 * experiments > counts.total)
        return Pattern::MostlyExperiments;
    return Pattern::Spread;
}

QString FailureInsight::summary(const FailureCounts& counts)
{
    return QCoreApplication::translate("myfyrio::FailureInsight", summaries[static_cast<int>(pattern(counts))]);
}

QString FailureInsight::summary(const FailureCounts& counts, const QString& language)
{
    return Translations::translate(language, "myfyrio::FailureInsight", summaries[static_cast<int>(pattern(counts))]);
}

} // namespace myfyrio
