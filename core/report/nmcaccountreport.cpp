// The NMC's reflective account, from one reflection: its four questions and the Code's themes.

#include "core/cpd/cpdcatalog.h"
#include "core/report/formblocks.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"

namespace myfyrio::reports {

namespace {

/// The four themes, the one the record names ticked.
void writeThemes(ReportHtml& html, const Reflection& reflection)
{
    const ReportLanguage& language = html.language();
    html.heading(3, QT_TRANSLATE_NOOP("myfyrio::Report", "How is this relevant to the Code?"));
    QList<QStringList> rows;
    const QString chosen = reflection.cpd ? reflection.cpd->standard : QString();
    for (const QString& code : CpdCatalog::standardsOf(QStringLiteral("nmc"))) {
        QStringList labels;
        for (const QString& lang : language.languages())
            labels << CpdCatalog::standardLabel(code, lang);
        // Ballot boxes (☒ ☐): DejaVu Serif has them.
        rows.append(
            {code == chosen ? QStringLiteral("\u2612") : QStringLiteral("\u2610"), ReportHtml::stacked(labels)});
    }
    html.table({QStringList{QString()}, language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Theme"))}, rows, {6, 94});
    if (chosen.isEmpty() || !chosen.startsWith(QLatin1String("nmc_")))
        html.raw(QStringLiteral("<p class=\"muted\">%1</p>")
                     .arg(ReportHtml::stacked(language.labels(QT_TRANSLATE_NOOP(
                         "myfyrio::Report", "No theme is chosen yet: choose one in the reflection's CPD details.")))));
}

} // namespace

Expected<ReportContent> nmcAccount(const ReportSource& source)
{
    const formblocks::ReflectionForm form{
        QT_TRANSLATE_NOOP("myfyrio::Report", "Reflective account"),
        QT_TRANSLATE_NOOP("myfyrio::Report", "For NMC revalidation: one of the five written reflective accounts, on "
                                             "CPD, practice-related feedback, or an event or experience in your "
                                             "practice, and how it relates to the Code."),
        Regulator::Nmc, false};
    return formblocks::reflectionForm(
        source, form, [](ReportHtml& html, const Reflection& entry, const FormAnswers& answers) {
            formblocks::question(
                html,
                QT_TRANSLATE_NOOP("myfyrio::Report",
                                  "What was the nature of the CPD activity, practice-related feedback, "
                                  "or event or experience in your practice?"),
                answers.what);
            formblocks::question(html, QT_TRANSLATE_NOOP("myfyrio::Report", "What did you learn from it?"),
                                 answers.learned);
            formblocks::question(html,
                                 QT_TRANSLATE_NOOP("myfyrio::Report", "How did you change or improve your practice as "
                                                                      "a result?"),
                                 answers.changed);
            writeThemes(html, entry);
        });
}

} // namespace myfyrio::reports
