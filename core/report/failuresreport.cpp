// The failure-spectrum summary of a period, with its chart.

#include "core/failure/failurespectrum.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/spectrumsection.h"
#include "core/report/titleblock.h"

namespace myfyrio::reports {

Expected<ReportContent> failures(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto selected = source.reflections(options.filter, options.model);
    if (!selected)
        return selected.failure();
    QVector<Reflection> placed;
    for (const Reflection& reflection : *selected) {
        if (reflection.failure)
            placed.append(reflection);
    }
    const FailureCounts counts = SpectrumSection::countsOf(placed);

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Failure spectrum summary");
    title.owner = source.ownerName();
    title.from = options.filter.from.isValid() || placed.isEmpty() ? options.filter.from : placed.constFirst().date;
    title.to = options.filter.to.isValid() || placed.isEmpty() ? options.filter.to : placed.constLast().date;
    title.privateCopy = options.includePrivate;

    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    content.charts.insert(QStringLiteral("spectrum"), SpectrumSection::chart(counts, content.language));
    content.html = [title, placed, counts, language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        SpectrumSection::write(html, counts, QStringLiteral("spectrum"));
        if (placed.isEmpty())
            return html.html();
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Events placed on the spectrum"));
        QList<QStringList> rows;
        for (const Reflection& reflection : placed) {
            QStringList dates;
            QStringList reasons;
            QStringList types;
            for (const QString& lang : language.languages()) {
                dates << ReportLanguage::shortDate(lang, reflection.date);
                reasons << FailureSpectrum::label(reflection.failure->reason, lang);
                types << FailureSpectrum::label(reflection.failure->type(), lang);
            }
            dates.removeDuplicates();
            rows.append({ReportHtml::stacked(dates), ReportHtml::escaped(reflection.title),
                         ReportHtml::stacked(reasons), ReportHtml::stacked(types)});
        }
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Date")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Title")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Reason for failure")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of failure"))},
                   rows, {20, 36, 26, 18});
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
