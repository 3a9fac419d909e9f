// A supervision agreement version: every section, both signature blocks and
// the fingerprint both parties compare.

#include "core/i18n/translations.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/titleblock.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"

#include <tuple>

namespace myfyrio::reports {

namespace {

const char* const catalogContext = "myfyrio::SectionCatalog";

/// A SectionCatalog label (its own source text) in each language.
QStringList catalogLabels(const ReportLanguage& language, const char* source)
{
    QStringList labels;
    for (const QString& lang : language.languages())
        labels << Translations::translate(lang, catalogContext, source);
    labels.removeDuplicates();
    return labels;
}

const char* formatSource(const QString& code)
{
    if (code == QLatin1String("one_to_one"))
        return "One-to-one";
    if (code == QLatin1String("group"))
        return "Group";
    if (code == QLatin1String("remote"))
        return "Remote";
    return nullptr;
}

/// The version and whether it is signed, at the top.
void writeStatus(ReportHtml& html, const AgreementVersion& version)
{
    const ReportLanguage& language = html.language();
    html.beginFields();
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Version"), QString::number(version.number));
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Status"),
               language.labels(version.isSigned() ? QT_TRANSLATE_NOOP("myfyrio::Report", "Signed by both parties")
                                                  : QT_TRANSLATE_NOOP("myfyrio::Report", "Draft, not signed yet")));
    html.endFields();
}

/// The facts the agreement holds as fields, under the section they belong to
/// (parties, dates, practicalities, functions). False when the section has none.
bool writeFacts(ReportHtml& html, const QString& section, const AgreementContent& content)
{
    const ReportLanguage& language = html.language();
    ReportHtml rows(language);
    if (section == QLatin1String("parties")) {
        for (const auto& [label, name, role] :
             {std::tuple{"Supervisor", content.supervisorName, content.supervisorRole},
              std::tuple{"Supervisee", content.superviseeName, content.superviseeRole}}) {
            if (!name.trimmed().isEmpty())
                rows.field(catalogLabels(language, label),
                           name + (role.isEmpty() ? QString() : QStringLiteral(", ") + role));
        }
    } else if (section == QLatin1String("dates")) {
        for (const auto& [source, date] :
             {std::pair{QT_TRANSLATE_NOOP("myfyrio::Report", "Start date"), content.startDate},
              std::pair{QT_TRANSLATE_NOOP("myfyrio::Report", "Review date"), content.reviewDate}}) {
            if (!date.isValid())
                continue;
            QStringList dates;
            for (const QString& lang : language.languages())
                dates << ReportLanguage::longDate(lang, date);
            rows.field(source, dates);
        }
    } else if (section == QLatin1String("practicalities")) {
        if (content.frequencyWeeks > 0)
            //: Glossary: frequency of supervision is Welsh "Amledd" (not "Amlder").
            rows.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Frequency"),
                       //: %1 is a number.
                       language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Every %1 weeks"),
                                       [&content](const QString& lang, QString text) {
                                           return text.arg(Translations::locale(lang).toString(content.frequencyWeeks));
                                       }));
        if (content.lengthMinutes > 0)
            rows.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Length"),
                       //: %1 is a number.
                       language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Minutes: %1"),
                                       [&content](const QString& lang, QString text) {
                                           return text.arg(Translations::locale(lang).toString(content.lengthMinutes));
                                       }));
        if (const char* format = formatSource(content.format))
            rows.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Format"), catalogLabels(language, format));
    } else if (section == QLatin1String("functions") && !content.functions.isEmpty()) {
        QStringList functions;
        for (const QString& lang : language.languages())
            functions << SectionCatalog::functionList(content.functions, lang);
        functions.removeDuplicates();
        rows.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Functions"), functions);
    }
    if (rows.body().isEmpty())
        return false;
    html.beginFields();
    html.raw(rows.body());
    html.endFields();
    return true;
}

void writeSignatures(ReportHtml& html, const AgreementVersion& version)
{
    const ReportLanguage& language = html.language();
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Signatures"));
    for (const QString& party : {SectionCatalog::supervisor(), SectionCatalog::supervisee()}) {
        html.heading(3, catalogLabels(language, party == SectionCatalog::supervisor() ? "Supervisor" : "Supervisee"));
        const Signature* signature = version.signatureOf(party);
        html.beginFields();
        const QString blank = QStringLiteral("______________________________");
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Name"), signature ? signature->fullName : blank);
        if (signature && signature->date.isValid()) {
            QStringList dates;
            for (const QString& lang : language.languages())
                dates << ReportLanguage::shortDate(lang, signature->date);
            html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Signed on"), dates);
        } else {
            html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Signed on"), blank);
        }
        html.endFields();
    }
    html.heading(3, QT_TRANSLATE_NOOP("myfyrio::Report", "Fingerprint"));
    if (version.fingerprint.isEmpty())
        html.note(language.labels(
            QT_TRANSLATE_NOOP("myfyrio::Report", "This version has no fingerprint until both parties sign it.")));
    else {
        html.raw(QStringLiteral("<p style=\"font-family: 'DejaVu Sans Mono'; font-size: 12pt;\">%1</p>")
                     .arg(ReportHtml::escaped(version.fingerprint)));
        html.note(language.labels(
            QT_TRANSLATE_NOOP("myfyrio::Report", "Both copies of this version show the same fingerprint.")));
    }
}

} // namespace

Expected<ReportContent> agreement(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    const AgreementStore store(source.database());
    QString id = options.id;
    if (id.isEmpty()) {
        auto all = store.list();
        if (!all)
            return all.failure();
        if (all->isEmpty())
            return Failure{ReportSource::tr("The journal has no supervision agreement yet.")};
        id = all->constFirst().id;
    } else {
        auto resolved = store.resolveId(id);
        if (!resolved)
            return resolved.failure();
        id = *resolved;
    }
    auto found = store.find(id);
    if (!found)
        return found.failure();
    if (!found->has_value() || !(*found)->current())
        //: %1 is what the person typed.
        return Failure{ReportSource::tr("There is no agreement with the id “%1”.").arg(options.id)};
    const Agreement agreement = **found;
    const AgreementVersion version = *agreement.current();

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Supervision agreement");
    title.owner = source.ownerName();

    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.subject = {version.content.supervisorName, version.content.superviseeName};
    content.footer = title.footer(content.language);
    content.html = [title, version, language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        writeStatus(html, version);
        for (const QString& code : SectionCatalog::sectionCodes()) {
            if (code == QLatin1String("signatures"))
                continue;
            const QString text = version.content.text(code).trimmed();
            QStringList titles;
            for (const QString& lang : language.languages())
                titles << SectionCatalog::title(code, lang);
            titles.removeDuplicates();
            html.heading(2, titles);
            const bool facts = writeFacts(html, code, version.content);
            // Every section is shown, so both parties see what is still to agree.
            if (text.isEmpty() && !facts)
                html.raw(QStringLiteral("<p class=\"muted\">%1</p>")
                             .arg(ReportHtml::stacked(language.labels(
                                 QT_TRANSLATE_NOOP("myfyrio::Report", "Nothing written in this section yet.")))));
            else if (!text.isEmpty())
                html.userText(text);
        }
        writeSignatures(html, version);
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
