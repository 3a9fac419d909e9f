#include "core/report/spectrumsection.h"

#include "core/failure/failureinsight.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/report/reporthtml.h"

namespace myfyrio {

FailureCounts SpectrumSection::countsOf(const QVector<Reflection>& reflections)
{
    FailureCounts counts;
    std::array<int, 9> blameSum{};
    std::array<int, 9> blameCount{};
    for (const Reflection& reflection : reflections) {
        if (!reflection.failure)
            continue;
        const FailurePlacement& placement = *reflection.failure;
        const auto reason = static_cast<std::size_t>(FailureSpectrum::position(placement.reason) - 1);
        ++counts.total;
        ++counts.byReason[reason];
        ++counts.byType[static_cast<std::size_t>(placement.type())];
        if (placement.blameFelt) {
            blameSum[reason] += *placement.blameFelt;
            ++blameCount[reason];
        }
    }
    for (std::size_t i = 0; i < blameSum.size(); ++i) {
        if (blameCount[i] > 0)
            counts.meanBlameFelt[i] = static_cast<double>(blameSum[i]) / blameCount[i];
    }
    return counts;
}

BarChart SpectrumSection::chart(const FailureCounts& counts, const ReportLanguage& language)
{
    BarChart chart;
    for (FailureReason reason : FailureSpectrum::reasons()) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(reason, lang);
        chart.labels << labels.join(QLatin1Char('\n'));
        chart.values << counts.count(reason);
        chart.groups << static_cast<int>(FailureSpectrum::suggestedType(reason));
    }
    for (FailureType type : FailureSpectrum::types()) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(type, lang);
        chart.groupLabels << labels.join(QLatin1Char('\n'));
    }
    return chart;
}

void SpectrumSection::write(ReportHtml& html, const FailureCounts& counts, const QString& chartKey)
{
    const ReportLanguage& language = html.language();
    QStringList summaries;
    for (const QString& lang : language.languages())
        summaries << FailureInsight::summary(counts, lang);
    html.note(summaries);
    //: %1 is a number.
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Events placed on the spectrum: %1"),
                              [&counts](const QString& lang, QString text) {
                                  return text.arg(Translations::locale(lang).toString(counts.total));
                              }));
    html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report",
                                                "From blameworthy (top) to praiseworthy (bottom), coloured by the "
                                                "type each reason suggests.")));
    html.chartPlaceholder(chartKey);
    QList<QStringList> rows;
    for (FailureType type : FailureSpectrum::types()) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(type, lang);
        rows.append({ReportHtml::stacked(labels), QString::number(counts.count(type))});
    }
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of failure")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Events"))},
               rows, {70, 30});
}

} // namespace myfyrio
