#include "core/report/reflectionsection.h"

#include "core/cpd/cpdcatalog.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"
#include "core/report/reporthtml.h"
#include "core/util/collation.h"

namespace myfyrio {

namespace {

const char* scaleSource(const QString& code)
{
    // The labels of journal/systemscale.cpp, in that context.
    if (code == SystemScale::person())
        return "Person";
    if (code == SystemScale::organisation())
        return "Organisation";
    if (code == SystemScale::place())
        return "Place";
    if (code == SystemScale::country())
        return "Country or region";
    return nullptr;
}

} // namespace

ReflectionSection::ReflectionSection(ReportHtml& html, int headingLevel) : m_html(html), m_level(headingLevel) {}

QString ReflectionSection::anchorOf(const Reflection& reflection)
{
    return QStringLiteral("reflection-") + reflection.id;
}

void ReflectionSection::write(const Reflection& reflection, const std::optional<ReflectiveModel>& model,
                              const QString& anchor, const QVector<Evidence>& evidence) const
{
    const QString title = reflection.title.trimmed().isEmpty() ? ReportLanguage::label(
                              m_html.language().primary(), QT_TRANSLATE_NOOP("myfyrio::Report", "Untitled reflection"))
                                                               : reflection.title;
    m_html.userHeading(m_level, title, anchor);
    writeDetails(reflection, model);
    writeAnswers(reflection, model);
    if (reflection.failure)
        writeFailure(*reflection.failure);
    if (!reflection.actions.isEmpty())
        writeActions(reflection.actions);
    if (reflection.cpd)
        writeCpd(*reflection.cpd);
    if (!evidence.isEmpty())
        writeEvidence(evidence);
}

void ReflectionSection::writeCpd(const CpdRecord& record) const
{
    const ReportLanguage& language = m_html.language();
    m_html.heading(std::min(m_level + 1, 3),
                   QT_TRANSLATE_NOOP("myfyrio::Report", "Continuing professional development"));
    m_html.beginFields();
    QStringList types;
    QStringList hours;
    QStringList standards;
    for (const QString& lang : language.languages()) {
        types << CpdCatalog::typeLabel(record.type, lang);
        hours << CpdCatalog::hoursText(record.quarterHours, lang);
        if (!record.standard.isEmpty())
            standards << CpdCatalog::standardLabel(record.standard, lang);
    }
    types.removeDuplicates();
    hours.removeDuplicates();
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of CPD"), types);
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Hours"), hours);
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Participatory"),
                 language.labels(record.participatory ? QT_TRANSLATE_NOOP("myfyrio::Report", "Yes")
                                                      : QT_TRANSLATE_NOOP("myfyrio::Report", "No")));
    if (record.peer)
        m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Peer reflection"),
                     language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Yes")));
    if (!standards.isEmpty())
        m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Standard"), standards);
    m_html.endFields();
}

void ReflectionSection::writeEvidence(const QVector<Evidence>& evidence) const
{
    const ReportLanguage& language = m_html.language();
    m_html.heading(std::min(m_level + 1, 3), QT_TRANSLATE_NOOP("myfyrio::Report", "Evidence"));
    QList<QStringList> files;
    for (const Evidence& item : evidence) {
        if (!item.imageKey.isEmpty()) {
            m_html.imagePlaceholder(item.imageKey);
            m_html.plain(item.attachment.fileName);
            continue;
        }
        QStringList sizes;
        for (const QString& lang : language.languages())
            sizes << Translations::locale(lang).formattedDataSize(item.attachment.size, 1,
                                                                  QLocale::DataSizeTraditionalFormat);
        sizes.removeDuplicates();
        files.append({ReportHtml::escaped(item.attachment.fileName), ReportHtml::stacked(sizes)});
    }
    if (!files.isEmpty())
        m_html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Attached file")),
                      language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Size"))},
                     files, {75, 25});
}

void ReflectionSection::writeDetails(const Reflection& reflection, const std::optional<ReflectiveModel>& model) const
{
    const ReportLanguage& language = m_html.language();
    m_html.beginFields();
    QStringList dates;
    for (const QString& lang : language.languages())
        dates << ReportLanguage::longDate(lang, reflection.date);
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Date"), dates);
    if (!reflection.tags.isEmpty())
        m_html.field(
            QT_TRANSLATE_NOOP("myfyrio::Report", "Tags"),
            sortedForDisplay(reflection.tags, Translations::locale(language.primary())).join(QStringLiteral(", ")));
    if (model && model->code != ReflectiveModel::freeWritingCode()) {
        QStringList names;
        for (const QString& lang : language.languages())
            names << model->name.in(lang);
        names.removeDuplicates();
        m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reflective model"), names);
    }
    if (const char* scale = scaleSource(reflection.scale)) {
        QStringList scales;
        for (const QString& lang : language.languages())
            scales << Translations::translate(lang, "myfyrio::SystemScale", scale);
        m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "System scale"), scales);
    }
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Written in"), Translations::nativeName(reflection.language));
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Bring to supervision"),
                 language.labels(reflection.bringToSupervision ? QT_TRANSLATE_NOOP("myfyrio::Report", "Yes")
                                                               : QT_TRANSLATE_NOOP("myfyrio::Report", "No, private")));
    m_html.endFields();
}

void ReflectionSection::writeAnswers(const Reflection& reflection, const std::optional<ReflectiveModel>& model) const
{
    m_html.userText(reflection.body);
    if (!model)
        return;
    const int level = std::min(m_level + 1, 3);
    for (const ModelPrompt& prompt : model->prompts) {
        const QString answer = reflection.answers.value(prompt.code).trimmed();
        if (answer.isEmpty())
            continue;
        QStringList titles;
        const LocalizedText title = prompt.titleAt(reflection.scale);
        for (const QString& lang : m_html.language().languages())
            titles << title.in(lang);
        titles.removeDuplicates();
        m_html.heading(level, titles);
        m_html.userText(answer);
    }
}

void ReflectionSection::writeFailure(const FailurePlacement& placement) const
{
    const ReportLanguage& language = m_html.language();
    m_html.heading(std::min(m_level + 1, 3), QT_TRANSLATE_NOOP("myfyrio::Report", "Failure spectrum"));
    m_html.beginFields();
    QStringList reasons;
    QStringList types;
    QStringList settings;
    for (const QString& lang : language.languages()) {
        //: %1 is a label from elsewhere in the interface, already translated; %2 is a number.
        reasons << ReportLanguage::label(lang, QT_TRANSLATE_NOOP("myfyrio::Report", "%1 (%2 of 9)"))
                       .arg(FailureSpectrum::label(placement.reason, lang))
                       .arg(FailureSpectrum::position(placement.reason));
        types << FailureSpectrum::label(placement.type(), lang);
        if (placement.setting)
            settings << FailureSpectrum::label(*placement.setting, lang);
    }
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reason for failure"), reasons);
    m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Type of failure"), types);
    if (placement.setting)
        //: Glossary: the setting of a failure (consistent, variable, novel) is Welsh "Sefyllfa";
        //: the Context section of an agreement is "Cyd-destun".
        m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Setting"), settings);
    if (placement.blameFelt) {
        m_html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Blame felt before placing it"),
                     //: %1 is a number from 0 to 4.
                     language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "%1 of 4"),
                                     [&placement](const QString& lang, QString text) {
                                         return text.arg(Translations::locale(lang).toString(*placement.blameFelt));
                                     }));
    }
    m_html.endFields();
    if (!placement.systemFactors.trimmed().isEmpty()) {
        m_html.heading(3, QT_TRANSLATE_NOOP("myfyrio::Report", "What in the system made this likely?"));
        m_html.userText(placement.systemFactors);
    }
}

void ReflectionSection::writeActions(const QVector<Action>& actions) const
{
    const ReportLanguage& language = m_html.language();
    m_html.heading(std::min(m_level + 1, 3), QT_TRANSLATE_NOOP("myfyrio::Report", "Actions"));
    QList<QStringList> rows;
    for (const Action& action : actions) {
        QStringList due;
        for (const QString& lang : language.languages())
            due << (action.due.isValid() ? ReportLanguage::shortDate(lang, action.due) : QString());
        due.removeAll(QString());
        const QStringList state = language.labels(action.done ? QT_TRANSLATE_NOOP("myfyrio::Report", "Done")
                                                              : QT_TRANSLATE_NOOP("myfyrio::Report", "Open"));
        rows.append({ReportHtml::escaped(action.text), ReportHtml::stacked(due), ReportHtml::stacked(state)});
    }
    m_html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Action")),
                  language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Due")),
                  language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "State"))},
                 rows, {55, 25, 20});
}

} // namespace myfyrio
