// The Social Care Wales CPD log of a period: date, learning, hours, and how
// it contributed to the writer's development, with the total against the
// role's requirement and a place for the manager to agree it.

#include "core/cpd/cpdcatalog.h"
#include "core/report/cpdselection.h"
#include "core/report/formanswers.h"
#include "core/report/formblocks.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/titleblock.h"

namespace myfyrio::reports {

namespace {

/// What the log says the learning contributed: what was learned, else how
/// practice changed, else what happened.
QString contribution(const Reflection& reflection)
{
    const FormAnswers answers = FormAnswers::of(reflection);
    if (!answers.learned.trimmed().isEmpty())
        return answers.learned;
    if (!answers.changed.trimmed().isEmpty())
        return answers.changed;
    return answers.what;
}

QString cellText(const QString& text)
{
    return ReportHtml::escaped(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace

Expected<ReportContent> scwLog(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto selected =
        CpdSelection::of(source, {Regulator::ScwSocialWorker, Regulator::ScwManager, Regulator::ScwCareWorker});
    if (!selected)
        return selected.failure();
    const CpdSelection selection = *selected;

    const TitleBlock title =
        formblocks::periodTitle(QT_TRANSLATE_NOOP("myfyrio::Report", "CPD log"), source, selection);
    ReportContent content = formblocks::content(title, options);
    content.html = [title, selection, language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        QStringList names;
        for (const QString& lang : language.languages())
            names << Regulators::name(selection.regulator, lang);
        html.beginFields();
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Registered with"), names);
        const int required = Regulators::requirement(selection.regulator).quarterHours;
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Hours of learning"),
                   //: %1 and %2 are numbers of hours.
                   language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "%1 (required: %2 every three years)"),
                                   [&](const QString& lang, QString text) {
                                       return text.arg(CpdCatalog::hoursText(selection.quarterHours, lang),
                                                       CpdCatalog::hoursText(required, lang));
                                   }));
        html.endFields();
        //: %1 is a number of private CPD reflections.
        const char* leftOut = QT_TRANSLATE_NOOP("myfyrio::Report", "Private CPD left out of this log: %1. Mark a "
                                                                   "reflection to bring to supervision to include it.");
        formblocks::leftOutNote(html, leftOut, selection.leftOutPrivate);
        QList<QStringList> rows;
        for (const Reflection& reflection : selection.reflections) {
            QStringList dates;
            QStringList hours;
            for (const QString& lang : language.languages()) {
                dates << ReportLanguage::shortDate(lang, reflection.date);
                hours << CpdCatalog::hoursText(reflection.cpd->quarterHours, lang);
            }
            dates.removeDuplicates();
            hours.removeDuplicates();
            rows.append({ReportHtml::stacked(dates), ReportHtml::escaped(reflection.title), ReportHtml::stacked(hours),
                         cellText(contribution(reflection))});
        }
        if (rows.isEmpty())
            html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No CPD is recorded in this period.")));
        else
            html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Date")),
                        language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Learning")),
                        language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Hours")),
                        language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "How it contributed to my development"))},
                       rows, {16, 26, 10, 48});
        formblocks::confidentialityNote(html);
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Agreed with my manager"));
        formblocks::signatureLines(html, QT_TRANSLATE_NOOP("myfyrio::Report", "Manager"));
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
