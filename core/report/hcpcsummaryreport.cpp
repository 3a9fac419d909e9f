// An HCPC-style CPD summary of a period: a continuous, mixed record of dated
// activities, what each taught and how it benefits service users, and the
// gaps of three months or more that a profile must explain.

#include "core/cpd/cpdcatalog.h"
#include "core/i18n/translations.h"
#include "core/report/cpdselection.h"
#include "core/report/formanswers.h"
#include "core/report/formblocks.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/titleblock.h"

#include <QMap>

namespace myfyrio::reports {

namespace {

QString cellText(const QString& text)
{
    return ReportHtml::escaped(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

void writeMix(ReportHtml& html, const CpdSelection& selection)
{
    const ReportLanguage& language = html.language();
    QMap<QString, QPair<int, int>> byType; // code → activities, quarter hours
    for (const Reflection& reflection : selection.reflections) {
        auto& totals = byType[reflection.cpd->type];
        ++totals.first;
        totals.second += reflection.cpd->quarterHours;
    }
    QList<QStringList> rows;
    for (const QString& code : CpdCatalog::typeCodes()) {
        if (!byType.contains(code))
            continue;
        QStringList labels;
        QStringList hours;
        for (const QString& lang : language.languages()) {
            labels << CpdCatalog::typeLabel(code, lang);
            hours << CpdCatalog::hoursText(byType.value(code).second, lang);
        }
        labels.removeDuplicates();
        hours.removeDuplicates();
        rows.append(
            {ReportHtml::stacked(labels), QString::number(byType.value(code).first), ReportHtml::stacked(hours)});
    }
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "A mix of learning activities"));
    if (rows.isEmpty()) {
        html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "No CPD is recorded in this period.")));
        return;
    }
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of CPD")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Activities")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Hours"))},
               rows, {60, 20, 20});
}

void writeGaps(ReportHtml& html, const CpdSelection& selection)
{
    QVector<CpdEntry> entries;
    for (const Reflection& reflection : selection.reflections)
        entries.append({reflection.id, reflection.title, reflection.date, true, reflection.model, *reflection.cpd});
    const CpdProgress progress = CpdProgress::compute(Regulator::Hcpc, CpdCycle{selection.from, selection.to, true},
                                                      entries, QDate::currentDate());
    if (progress.gaps().isEmpty())
        return;
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Gaps to explain"));
    html.note(language.labels(QT_TRANSLATE_NOOP(
        "myfyrio::Report", "No CPD is recorded for three months or more in these periods. Say why in your profile "
                           "(for example leave, illness or a career break).")));
    QList<QStringList> rows;
    for (const CpdGap& gap : progress.gaps()) {
        QStringList from;
        QStringList to;
        for (const QString& lang : language.languages()) {
            from << ReportLanguage::shortDate(lang, gap.from);
            to << ReportLanguage::shortDate(lang, gap.to);
        }
        from.removeDuplicates();
        to.removeDuplicates();
        rows.append({ReportHtml::stacked(from), ReportHtml::stacked(to)});
    }
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "From")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "To"))},
               rows, {50, 50});
}

} // namespace

Expected<ReportContent> hcpcSummary(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto selected = CpdSelection::of(source, {Regulator::Hcpc});
    if (!selected)
        return selected.failure();
    const CpdSelection selection = *selected;

    const TitleBlock title =
        formblocks::periodTitle(QT_TRANSLATE_NOOP("myfyrio::Report", "CPD summary (HCPC style)"), source, selection);
    ReportContent content = formblocks::content(title, options);
    content.html = [title, selection, language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        formblocks::languageNote(html, Regulator::Hcpc);
        html.beginFields();
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Dated activities"),
                   //: %1 is a number of activities.
                   language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "%1 (a profile lists about 12 to 50)"),
                                   [&selection](const QString& lang, QString text) {
                                       return text.arg(Translations::locale(lang).toString(
                                           static_cast<int>(selection.reflections.size())));
                                   }));
        QStringList hours;
        for (const QString& lang : language.languages())
            hours << CpdCatalog::hoursText(selection.quarterHours, lang);
        hours.removeDuplicates();
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Hours"), hours);
        html.endFields();
        //: %1 is a number of private CPD reflections.
        const char* leftOut = QT_TRANSLATE_NOOP("myfyrio::Report", "Private CPD left out of this summary: %1. Mark a "
                                                                   "reflection to bring to supervision to include it.");
        formblocks::leftOutNote(html, leftOut, selection.leftOutPrivate);
        writeMix(html, selection);
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Activities"));
        QList<QStringList> rows;
        for (const Reflection& reflection : selection.reflections) {
            const FormAnswers answers = FormAnswers::of(reflection);
            QString learning = answers.learned.trimmed();
            if (!answers.changed.trimmed().isEmpty())
                learning += (learning.isEmpty() ? QString() : QStringLiteral("\n\n")) + answers.changed.trimmed();
            if (learning.isEmpty())
                learning = answers.what;
            QStringList dates;
            QStringList types;
            for (const QString& lang : language.languages()) {
                dates << ReportLanguage::shortDate(lang, reflection.date);
                types << CpdCatalog::typeLabel(reflection.cpd->type, lang);
            }
            dates.removeDuplicates();
            types.removeDuplicates();
            rows.append({ReportHtml::stacked(dates), ReportHtml::escaped(reflection.title), ReportHtml::stacked(types),
                         cellText(learning)});
        }
        if (!rows.isEmpty())
            html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Date")),
                        language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Activity")),
                        language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of CPD")),
                        language.labels(QT_TRANSLATE_NOOP(
                            "myfyrio::Report", "What I learned, and how it improves my practice and benefits "
                                               "service users"))},
                       rows, {14, 22, 16, 48});
        writeGaps(html, selection);
        html.note(language.labels(QT_TRANSLATE_NOOP(
            "myfyrio::Report", "If you are audited, your profile also needs a summary of your practice (about 500 "
                               "words), a statement of how your CPD meets the HCPC's standards (about 1,500 words), "
                               "and evidence.")));
        formblocks::confidentialityNote(html);
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
