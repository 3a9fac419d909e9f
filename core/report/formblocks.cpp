#include "core/report/formblocks.h"

#include "core/cpd/cpdcatalog.h"
#include "core/i18n/translations.h"
#include "core/report/reporthtml.h"

namespace myfyrio::formblocks {

void question(ReportHtml& html, const char* source, const QString& answer)
{
    html.heading(3, source);
    if (!answer.trimmed().isEmpty()) {
        html.userText(answer);
        return;
    }
    html.raw(
        QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(ReportHtml::stacked(html.language().labels(QT_TRANSLATE_NOOP(
                "myfyrio::Report", "The reflection does not answer this yet: add it before you submit the form.")))));
}

void cpdFields(ReportHtml& html, const Reflection& reflection, bool withPeer)
{
    const ReportLanguage& language = html.language();
    html.beginFields();
    QStringList dates;
    for (const QString& lang : language.languages())
        dates << ReportLanguage::longDate(lang, reflection.date);
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Date"), dates);
    if (reflection.cpd) {
        const CpdRecord& cpd = *reflection.cpd;
        QStringList types;
        QStringList hours;
        for (const QString& lang : language.languages()) {
            types << CpdCatalog::typeLabel(cpd.type, lang);
            hours << CpdCatalog::hoursText(cpd.quarterHours, lang);
        }
        types.removeDuplicates();
        hours.removeDuplicates();
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of CPD"), types);
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Hours"), hours);
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Participatory"),
                   language.labels(cpd.participatory ? QT_TRANSLATE_NOOP("myfyrio::Report", "Yes")
                                                     : QT_TRANSLATE_NOOP("myfyrio::Report", "No")));
        if (withPeer)
            html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Peer reflection"),
                       language.labels(cpd.peer ? QT_TRANSLATE_NOOP("myfyrio::Report", "Yes")
                                                : QT_TRANSLATE_NOOP("myfyrio::Report", "No")));
    }
    html.endFields();
}

void languageNote(ReportHtml& html, Regulator regulator)
{
    const ReportLanguage& language = html.language();
    if (Regulators::publishesWelsh(regulator) || !language.languages().contains(Translations::welsh()))
        return;
    QStringList lines;
    for (const QString& lang : language.languages()) {
        //: %1 is the regulator's name, e.g. the Nursing and Midwifery Council.
        lines << ReportLanguage::label(lang, QT_TRANSLATE_NOOP("myfyrio::Report",
                                                               "Note: %1 publishes this form in English only. Check "
                                                               "that they accept it in Welsh before you submit it."))
                     .arg(Regulators::name(regulator, lang));
    }
    html.raw(QStringLiteral("<p class=\"muted\"><i>%1</i></p>").arg(ReportHtml::stacked(lines)));
}

void confidentialityNote(ReportHtml& html)
{
    html.raw(QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(ReportHtml::stacked(html.language().labels(
                     QT_TRANSLATE_NOOP("myfyrio::Report", "Nothing in this form may identify a person who uses "
                                                          "services, a colleague or anyone else.")))));
}

void signatureLines(ReportHtml& html, const char* heading, const QString& name)
{
    const QString blank = QStringLiteral("______________________________");
    html.heading(3, heading);
    html.beginFields();
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Name"), name.trimmed().isEmpty() ? blank : name);
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Signature"), blank);
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Date"), blank);
    html.endFields();
}

} // namespace myfyrio::formblocks
