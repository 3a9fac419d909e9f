#include "core/report/formblocks.h"

#include "core/cpd/cpdcatalog.h"
#include "core/i18n/translations.h"
#include "core/report/cpdselection.h"
#include "core/report/reporthtml.h"
#include "core/report/reportoptions.h"
#include "core/report/reportsource.h"

namespace myfyrio::formblocks {

TitleBlock periodTitle(const char* title, const ReportSource& source, const CpdSelection& selection)
{
    TitleBlock block;
    block.title = title;
    block.owner = source.ownerName();
    block.from = selection.from;
    block.to = selection.to;
    block.privateCopy = source.options().includePrivate;
    return block;
}

ReportContent content(const TitleBlock& title, const ReportOptions& options)
{
    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    return content;
}

Expected<ReportContent> reflectionForm(const ReportSource& source, const ReflectionForm& form,
                                       const ReflectionFormBody& body)
{
    const ReportOptions& options = source.options();
    auto found = source.reflection(options.id);
    if (!found)
        return found.failure();
    const Reflection entry = *found;
    const FormAnswers answers = FormAnswers::of(entry);

    TitleBlock title;
    title.title = form.title;
    title.owner = source.ownerName();
    title.privateCopy = !entry.bringToSupervision;

    ReportContent report = content(title, options);
    report.html = [form, body, title, entry, answers, language = report.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        html.note(language.labels(form.purpose));
        languageNote(html, form.regulator);
        cpdFields(html, entry, form.withPeer);
        body(html, entry, answers);
        confidentialityNote(html);
        return html.html();
    };
    return report;
}

void leftOutNote(ReportHtml& html, const char* text, int leftOut)
{
    if (leftOut <= 0)
        return;
    html.raw(QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(ReportHtml::stacked(html.language().labels(text, [leftOut](const QString& lang, QString label) {
                     return label.arg(Translations::locale(lang).toString(leftOut));
                 }))));
}

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
