// The annual review pack: the year's reflections by month and model, top
// tags, the failure spectrum, actions done and open, and the annual-review
// answers beside last year's.

#include "core/i18n/translations.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/spectrumsection.h"
#include "core/report/titleblock.h"
#include "core/util/collation.h"

#include <QMap>

#include <algorithm>

namespace myfyrio::reports {

namespace {

const QString annualModel = QStringLiteral("annual_review");

QString number(const QString& lang, int n)
{
    return Translations::locale(lang).toString(n);
}

void writeCounts(ReportHtml& html, const QVector<Reflection>& entries, const ReportSource& source)
{
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections by month"));
    std::array<int, 12> byMonth{};
    QMap<QString, int> byModel;
    QMap<QString, int> byTag;
    QHash<QString, QString> tagSpelling;
    for (const Reflection& entry : entries) {
        ++byMonth[static_cast<std::size_t>(entry.date.month() - 1)];
        ++byModel[entry.model];
        for (const QString& tag : entry.tags) {
            ++byTag[tag.toCaseFolded()];
            tagSpelling.insert(tag.toCaseFolded(), tag);
        }
    }
    // Only the months that hold reflections; the empty ones are named in one line.
    QList<QStringList> rows;
    QStringList emptyMonths;
    for (const QString& lang : language.languages()) {
        QStringList names;
        for (int month = 1; month <= 12; ++month) {
            if (byMonth[static_cast<std::size_t>(month - 1)] == 0)
                names << ReportLanguage::monthName(lang, month);
        }
        emptyMonths << names.join(QStringLiteral(", "));
    }
    for (int month = 1; month <= 12; ++month) {
        const int count = byMonth[static_cast<std::size_t>(month - 1)];
        if (count == 0)
            continue;
        QStringList names;
        for (const QString& lang : language.languages())
            names << ReportLanguage::monthName(lang, month);
        rows.append({ReportHtml::stacked(names), QString::number(count)});
    }
    if (rows.isEmpty()) {
        html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No reflections this year.")));
    } else {
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Month")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections"))},
                   rows, {70, 30});
        if (rows.size() < 12) {
            html.beginFields();
            html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Months with none"), emptyMonths);
            html.endFields();
        }
    }

    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections by model"));
    rows.clear();
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
        QStringList names;
        const auto model = source.model(it.key());
        for (const QString& lang : language.languages())
            names << (model ? model->name.in(lang) : it.key());
        names.removeDuplicates();
        rows.append({ReportHtml::stacked(names), QString::number(it.value())});
    }
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflective model")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections"))},
               rows, {70, 30});

    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Top tags"));
    // Most used first; tags used as often in the alphabetical order of the report's language (ll after l).
    QStringList spellings;
    for (auto it = byTag.cbegin(); it != byTag.cend(); ++it)
        spellings << tagSpelling.value(it.key());
    QVector<QPair<QString, int>> tags;
    for (const QString& spelling : sortedForDisplay(spellings, Translations::locale(language.primary())))
        tags.append({spelling, byTag.value(spelling.toCaseFolded())});
    std::stable_sort(tags.begin(), tags.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    rows.clear();
    for (int i = 0; i < std::min<int>(10, tags.size()); ++i)
        rows.append({ReportHtml::escaped(tags.at(i).first), QString::number(tags.at(i).second)});
    if (rows.isEmpty())
        html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No tags this year.")));
    else
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Tag")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections"))},
                   rows, {70, 30});
}

void writeActions(ReportHtml& html, const QVector<Reflection>& entries)
{
    const ReportLanguage& language = html.language();
    for (const bool done : {true, false}) {
        html.heading(2, done ? QT_TRANSLATE_NOOP("myfyrio::Report", "Actions done")
                             : QT_TRANSLATE_NOOP("myfyrio::Report", "Actions still open"));
        QList<QStringList> rows;
        for (const Reflection& entry : entries) {
            for (const Action& action : entry.actions) {
                if (action.done != done)
                    continue;
                QStringList due;
                for (const QString& lang : language.languages())
                    due << (action.due.isValid() ? ReportLanguage::shortDate(lang, action.due) : QString());
                due.removeAll(QString());
                rows.append(
                    {ReportHtml::escaped(action.text), ReportHtml::escaped(entry.title), ReportHtml::stacked(due)});
            }
        }
        if (rows.isEmpty()) {
            html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "None.")));
            continue;
        }
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Action")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflection")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Due"))},
                   rows, {50, 32, 18});
    }
}

/// The newest annual review of a year, if the writer wrote one (and it may be shown).
const Reflection* reviewOf(const QVector<Reflection>& entries)
{
    const Reflection* found = nullptr;
    for (const Reflection& entry : entries) {
        if (entry.model == annualModel)
            found = &entry;
    }
    return found;
}

void writeReview(ReportHtml& html, const Reflection* current, const Reflection* previous, int year,
                 const std::optional<ReflectiveModel>& model)
{
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Annual review"));
    if (!current || !model) {
        html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "There is no annual review for this year.")));
        return;
    }
    QList<QStringList> rows;
    for (const ModelPrompt& prompt : model->prompts) {
        QStringList titles;
        for (const QString& lang : language.languages())
            titles << prompt.title.in(lang);
        titles.removeDuplicates();
        auto cell = [&prompt](const Reflection* r) {
            QString text = r ? r->answers.value(prompt.code).trimmed() : QString();
            return ReportHtml::escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        };
        rows.append({QStringLiteral("<b>%1</b>").arg(ReportHtml::stacked(titles)), cell(current), cell(previous)});
    }
    // A year is a name here, not a quantity: no thousands separator, and the same in both languages.
    const QStringList thisYear{QString::number(year)};
    const QStringList lastYear{QString::number(year - 1)};
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Question")), thisYear, lastYear}, rows,
               {24, 38, 38});
}

} // namespace

Expected<ReportContent> annual(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    const int year = options.year > 0 ? options.year : QDate::currentDate().year();
    ReflectionFilter thisYear;
    thisYear.from = QDate(year, 1, 1);
    thisYear.to = QDate(year, 12, 31);
    auto entries = source.reflections(thisYear);
    if (!entries)
        return entries.failure();
    ReflectionFilter lastYear;
    lastYear.from = QDate(year - 1, 1, 1);
    lastYear.to = QDate(year - 1, 12, 31);
    auto previousEntries = source.reflections(lastYear, annualModel);
    if (!previousEntries)
        return previousEntries.failure();
    const FailureCounts counts = SpectrumSection::countsOf(*entries);

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Annual review pack");
    title.owner = source.ownerName();
    title.from = thisYear.from;
    title.to = thisYear.to;
    title.privateCopy = options.includePrivate;

    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    content.charts.insert(QStringLiteral("spectrum"), SpectrumSection::chart(counts, content.language));
    ReportHtml counted(content.language);
    writeCounts(counted, *entries, source);
    const QVector<Reflection> current = *entries;
    const QVector<Reflection> previous = *previousEntries;
    const std::optional<ReflectiveModel> reviewModel = source.model(annualModel);
    content.html = [=, counted = counted.body(), language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        //: %1 is a number.
        html.note(language.labels(
            //: %1 is a number of reflections.
            QT_TRANSLATE_NOOP("myfyrio::Report", "Reflections: %1"),
            [&current](const QString& lang, QString text) { return text.arg(number(lang, current.size())); }));
        html.raw(counted);
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Failure spectrum"));
        SpectrumSection::write(html, counts, QStringLiteral("spectrum"));
        writeActions(html, current);
        writeReview(html, reviewOf(current), reviewOf(previous), year, reviewModel);
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
