// A portfolio: a one-page summary of a selection, then its contents and its reflections.

#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/report/portfoliosummary.h"
#include "core/report/reflectionsection.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/spectrumsection.h"
#include "core/report/titleblock.h"

namespace myfyrio::reports {

namespace {

/// What narrowed the selection, on the title page.
void writeSelection(ReportHtml& html, const ReportSource& source)
{
    const ReportOptions& options = source.options();
    const ReflectionFilter& filter = options.filter;
    const ReportLanguage& language = html.language();
    if (filter.tag.isEmpty() && filter.text.trimmed().isEmpty() && options.model.isEmpty()
        && filter.failureType.isEmpty() && filter.failureReason.isEmpty())
        return;
    html.beginFields();
    if (!filter.tag.isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Tag"), filter.tag);
    if (!filter.text.trimmed().isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Search"), filter.text.trimmed());
    if (const auto model = source.model(options.model)) {
        QStringList names;
        for (const QString& lang : language.languages())
            names << model->name.in(lang);
        names.removeDuplicates();
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflective model"), names);
    }
    if (const auto type = FailureSpectrum::typeFromCode(filter.failureType)) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(*type, lang);
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of failure"), labels);
    }
    if (const auto reason = FailureSpectrum::reasonFromCode(filter.failureReason)) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << FailureSpectrum::label(*reason, lang);
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reason for failure"), labels);
    }
    html.endFields();
}

} // namespace

Expected<ReportContent> portfolio(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto selected = source.reflections(options.filter, options.model);
    if (!selected)
        return selected.failure();
    const QVector<Reflection> entries = *selected;

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Portfolio of reflections");
    title.owner = source.ownerName();
    title.from = options.filter.from.isValid() || entries.isEmpty() ? options.filter.from : entries.constFirst().date;
    title.to = options.filter.to.isValid() || entries.isEmpty() ? options.filter.to : entries.constLast().date;
    title.privateCopy = options.includePrivate;

    ReportContent content;
    QVector<std::optional<ReflectiveModel>> models;
    QVector<QVector<Evidence>> evidence;
    for (const Reflection& entry : entries) {
        models.append(source.model(entry.model));
        auto items = source.evidence(entry.id, content.images);
        if (!items)
            return items.failure();
        evidence.append(*items);
    }

    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    content.charts.insert(QStringLiteral("spectrum"),
                          SpectrumSection::chart(SpectrumSection::countsOf(entries), content.language));
    ReportHtml selection(content.language);
    writeSelection(selection, source);
    content.html = [title, entries, models, evidence, selection = selection.body(),
                    language = content.language](const QHash<QString, int>& pages) {
        ReportHtml html(language);
        // The first page says what the portfolio holds; the reflections follow
        // the contents without a page each, so that no page is wasted.
        title.write(html);
        html.raw(selection);
        if (entries.isEmpty()) {
            html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No reflection matches this selection.")));
            return html.html();
        }
        PortfolioSummary::write(html, entries, models, QStringLiteral("spectrum"));
        html.pageBreak();
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Contents"));
        QList<QStringList> rows;
        for (const Reflection& entry : entries) {
            QStringList dates;
            for (const QString& lang : language.languages())
                dates << ReportLanguage::shortDate(lang, entry.date);
            dates.removeDuplicates();
            const int page = pages.value(ReflectionSection::anchorOf(entry));
            rows.append({ReportHtml::escaped(entry.title), ReportHtml::stacked(dates),
                         page > 0 ? QString::number(page) : QString()});
        }
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Title")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Date")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Page"))},
                   rows, {60, 28, 12});
        for (int i = 0; i < entries.size(); ++i)
            ReflectionSection(html, 2).write(entries.at(i), models.at(i), ReflectionSection::anchorOf(entries.at(i)),
                                             evidence.at(i));
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
